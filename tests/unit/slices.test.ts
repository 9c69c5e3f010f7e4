import { describe, expect, it } from 'vitest';
import { runSliced, sortSteps } from '../../src/data/slices';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A clock that advances one ms per reading: every slice ends after a couple of steps. */
function tickingClock() {
  let t = 0;
  return () => t++;
}

describe('sortSteps (a merge sort that yields)', () => {
  const collator = new Intl.Collator('zh-CN');
  const names = ['重庆', '九龙', '西彭', '阿', '巴', '氢能', '科技', '甲', '乙'];

  it.each([0, 1, 255, 256, 257, 1000, 5_003])(
    'gives Array.prototype.sort’s stable order for %i items',
    async (n) => {
      const rand = rng(n + 7);
      // Many equal keys: a merge that took the right run first on ties would reorder them.
      const items = Array.from({ length: n }, (_, i) => ({
        name: names[Math.floor(rand() * names.length)] as string,
        i,
      }));
      const compare = (a: { name: string }, b: { name: string }) =>
        collator.compare(a.name, b.name);
      const expected = items.slice().sort(compare);
      let pauses = 0;
      const sorted = await runSliced(sortSteps(items, compare), {
        budgetMs: 1,
        now: tickingClock(),
        pause: async () => {
          pauses++;
        },
      });
      expect(sorted).toEqual(expected);
      expect(sorted).toHaveLength(n);
      expect(new Set(sorted.map((x) => x.i)).size).toBe(n);
      if (n > 256) expect(pauses).toBeGreaterThan(n / 512);
    },
  );

  it('leaves its input untouched', async () => {
    const items = [3, 1, 2];
    await runSliced(sortSteps(items, (a, b) => a - b));
    expect(items).toEqual([3, 1, 2]);
  });
});

describe('runSliced', () => {
  it('runs every step in order, pausing between slices, and returns the result', async () => {
    const seen: number[] = [];
    function* work() {
      for (let i = 0; i < 10; i++) {
        seen.push(i);
        yield;
      }
      return 'done';
    }
    const order: string[] = [];
    const result = await runSliced(work(), {
      budgetMs: 3,
      now: tickingClock(),
      pause: async () => {
        order.push(`pause after ${seen.length}`);
      },
    });
    expect(result).toBe('done');
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(order.length).toBeGreaterThan(1);
  });

  it('stops at the next slice once aborted', async () => {
    const controller = new AbortController();
    let steps = 0;
    function* work() {
      for (;;) {
        steps++;
        yield;
      }
    }
    const run = runSliced(work(), {
      signal: controller.signal,
      budgetMs: 1,
      now: tickingClock(),
      pause: async () => {
        if (steps > 5) controller.abort(new Error('superseded'));
      },
    });
    await expect(run).rejects.toThrow('superseded');
    expect(steps).toBeLessThan(20);
  });
});
