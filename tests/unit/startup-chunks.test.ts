import { describe, expect, it } from 'vitest';
import { startupGroups, staticClosure } from '../../scripts/startup-chunks';

/** A module graph: id → its static imports. */
const graph: Record<string, string[]> = {
  '/p/index.html': ['/p/src/main.tsx'],
  '/p/src/main.tsx': ['/p/src/store.ts', '/p/node_modules/pkg/index.js'],
  '/p/src/store.ts': ['/p/src/filter.ts'],
  '/p/src/filter.ts': [],
  // The package's index re-exports what a lazy module uses: not followed.
  '/p/node_modules/pkg/index.js': ['/p/src/never.ts', '/p/node_modules/pkg/a.js'],
  '/p/src/side-panels.tsx': ['/p/src/store.ts', '/p/src/stats.ts', '/p/node_modules/pkg/a.js'],
  '/p/src/stats.ts': ['/p/src/filter.ts', '/p/src/plan.ts'],
  '/p/src/plan.ts': ['/p/src/stats.ts'],
  '/p/src/labels.ts': ['/p/src/plan.ts'],
};
const imports = (id: string) => graph[id] ?? [];

describe('start-up chunks', () => {
  it('reach every module through static imports, cycles included', () => {
    expect([...staticClosure(['/p/src/labels.ts'], imports)].sort()).toEqual(
      ['/p/src/labels.ts', '/p/src/plan.ts', '/p/src/stats.ts', '/p/src/filter.ts'].sort(),
    );
  });

  it('put the first paint in one group and the rest of what the roots reach in the other', () => {
    const { app, afterPaint } = startupGroups(
      ['/p/index.html'],
      ['/p/src/side-panels.tsx', '/p/src/labels.ts'],
      imports,
    );
    expect([...app].sort()).toEqual(
      ['/p/index.html', '/p/src/main.tsx', '/p/src/store.ts', '/p/src/filter.ts'].sort(),
    );
    // The first paint's modules stay out of it, and so do packages' modules.
    expect([...afterPaint].sort()).toEqual(
      ['/p/src/side-panels.tsx', '/p/src/stats.ts', '/p/src/plan.ts', '/p/src/labels.ts'].sort(),
    );
  });
});
