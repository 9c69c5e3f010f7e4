import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Source files reachable from the entry by static imports (type-only imports excluded). */
function firstPaintFiles(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const base = resolve(dirname(file), m[1] as string);
      const hit = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
      if (hit) queue.push(hit);
    }
  }
  return seen;
}

describe('TanStack Query at first paint', () => {
  const files = firstPaintFiles(join(ROOT, 'src/app/main.tsx'));

  it('walks the real first-paint graph, which uses our useQuery', () => {
    expect([...files].some((f) => f.endsWith('src/data/use-datasets.ts'))).toBe(true);
    expect([...files].some((f) => f.endsWith('src/data/query.ts'))).toBe(true);
    // The client and observers are the lazily loaded chunk.
    expect([...files].some((f) => f.endsWith('src/data/query-runtime.ts'))).toBe(false);
  });

  it('imports nothing from the library but queryOptions (an identity function) and types', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /^import\s+(?!type\s)\{([^}]*)\}\s+from\s+'@tanstack\/react-query'/gms,
      )) {
        const names = (m[1] as string)
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s && !s.startsWith('type ') && s !== 'queryOptions');
        if (names.length > 0) found.push(`${file.slice(ROOT.length + 1)}: ${names.join(', ')}`);
      }
      if (/^import\s+\*\s+as\s+\w+\s+from\s+'@tanstack\/react-query'/m.test(text))
        found.push(`${file.slice(ROOT.length + 1)}: *`);
    }
    expect(found).toEqual([]);
  });
});
