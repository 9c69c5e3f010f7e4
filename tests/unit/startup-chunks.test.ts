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
  '/p/src/validate.ts': ['/p/src/schemas.ts', '/p/src/filter.ts', '/p/node_modules/v/index.js'],
  '/p/node_modules/v/index.js': ['/p/node_modules/v/lib.js'],
  '/p/node_modules/v/lib.js': [],
  '/p/src/schemas.ts': [],
  '/p/src/import.ts': ['/p/src/validate.ts', '/p/src/stats.ts'],
};
const imports = (id: string) => graph[id] ?? [];
const sorted = (group: Set<string> | undefined) => [...(group ?? [])].sort();

describe('start-up chunks', () => {
  it('reach every module through static imports, cycles included', () => {
    expect([...staticClosure(['/p/src/labels.ts'], imports)].sort()).toEqual(
      ['/p/src/labels.ts', '/p/src/plan.ts', '/p/src/stats.ts', '/p/src/filter.ts'].sort(),
    );
  });

  it('put the first paint in one group and the rest of what the roots reach in the other', () => {
    const [app, afterPaint] = startupGroups(
      ['/p/index.html'],
      [{ roots: ['/p/src/side-panels.tsx', '/p/src/labels.ts'], packages: false }],
      imports,
    );
    expect(sorted(app)).toEqual(
      ['/p/index.html', '/p/src/main.tsx', '/p/src/store.ts', '/p/src/filter.ts'].sort(),
    );
    // The first paint's modules stay out of it, and so do packages' modules.
    expect(sorted(afterPaint)).toEqual(
      ['/p/src/side-panels.tsx', '/p/src/stats.ts', '/p/src/plan.ts', '/p/src/labels.ts'].sort(),
    );
  });

  it('give each later group what its roots reach and no earlier group took', () => {
    const [app, datasets, afterPaint] = startupGroups(
      ['/p/index.html'],
      [
        { roots: ['/p/src/validate.ts'], packages: true },
        { roots: ['/p/src/import.ts', '/p/src/labels.ts'], packages: false },
      ],
      imports,
    );
    expect(app?.has('/p/src/filter.ts')).toBe(true);
    // The validator's modules, its package's included, are its chunk's, not the first paint's
    // nor the later one's, though the later group's import module reaches them too.
    expect(sorted(datasets)).toEqual(
      [
        '/p/node_modules/v/index.js',
        '/p/node_modules/v/lib.js',
        '/p/src/schemas.ts',
        '/p/src/validate.ts',
      ].sort(),
    );
    expect(sorted(afterPaint)).toEqual(
      ['/p/src/import.ts', '/p/src/labels.ts', '/p/src/plan.ts', '/p/src/stats.ts'].sort(),
    );
  });
});
