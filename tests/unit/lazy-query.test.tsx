// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { type QueryResult, queryClient, useQuery } from '../../src/data/query';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(node: React.ReactNode) {
  const el = document.createElement('div');
  const root = createRoot(el);
  act(() => root.render(node));
  return { el, unmount: () => act(() => root.unmount()) };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) {
    await act(() => new Promise((r) => setTimeout(r, 5)));
  }
  expect(check()).toBe(true);
}

const show = (q: QueryResult<unknown>) =>
  q.isPending ? 'pending' : q.isError ? `error:${(q.error as Error).message}` : `data:${q.data}`;

function Plain() {
  return <p>{show(useQuery({ queryKey: ['t1'], queryFn: async () => 42 }))}</p>;
}

function Keyed() {
  const [n, setN] = useState(1);
  const q = useQuery({ queryKey: ['t2', n], queryFn: async () => n, select: (d) => d * 10 });
  return (
    <button type="button" onClick={() => setN(2)}>
      {show(q)}
    </button>
  );
}

const flaky = { fail: true, refetch: null as (() => unknown) | null };
function Flaky() {
  const q = useQuery({
    queryKey: ['t3'],
    queryFn: async () => {
      if (flaky.fail) throw new Error('broken');
      return 'ok';
    },
    retry: false,
  });
  flaky.refetch = q.refetch;
  return <p>{show(q)}</p>;
}

function Written() {
  return (
    <p>{show(useQuery({ queryKey: ['t4'], queryFn: async () => 'a', staleTime: Infinity }))}</p>
  );
}

describe('useQuery on the lazily loaded client', () => {
  it('is pending first, then shows the fetched data', async () => {
    const { el, unmount } = render(<Plain />);
    expect(el.textContent).toBe('pending');
    await until(() => el.textContent === 'data:42');
    unmount();
  });

  it('applies select and follows a change of key', async () => {
    const { el, unmount } = render(<Keyed />);
    await until(() => el.textContent === 'data:10');
    act(() => el.querySelector('button')?.click());
    await until(() => el.textContent === 'data:20');
    unmount();
  });

  it('reports an error, and refetch recovers', async () => {
    const { el, unmount } = render(<Flaky />);
    await until(() => el.textContent === 'error:broken');
    flaky.fail = false;
    await act(async () => {
      await flaky.refetch?.();
    });
    await until(() => el.textContent === 'data:ok');
    unmount();
  });

  it('shows data written through the shared client (as after an import)', async () => {
    const { el, unmount } = render(<Written />);
    await until(() => el.textContent === 'data:a');
    const client = await queryClient();
    act(() => {
      client.setQueryData(['t4'], 'b');
    });
    await until(() => el.textContent === 'data:b');
    unmount();
  });
});
