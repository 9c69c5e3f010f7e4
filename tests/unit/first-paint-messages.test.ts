import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyFeatures } from '../../src/i18n/lazy-catalog';

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

describe('messages at first paint', () => {
  const files = firstPaintFiles(join(ROOT, 'src/app/main.tsx'));
  const lazyKeys = new Set(lazyFeatures.flatMap((f) => Object.keys(f.zh)));

  it('walks the real first-paint graph', () => {
    // The map and the layers tab are on it, the lazy panels are not.
    expect([...files].some((f) => f.endsWith('src/map/jlp-map.ts'))).toBe(true);
    expect([...files].some((f) => f.endsWith('src/features/layers/layers-panel.tsx'))).toBe(true);
    expect([...files].some((f) => f.endsWith('src/features/filters/filter-panel.tsx'))).toBe(false);
    expect([...files].some((f) => f.endsWith('src/i18n/lazy-catalog.ts'))).toBe(false);
  });

  it('carries no English message file (English loads when first shown)', () => {
    const english = [...files].filter((f) => /catalog-en\.ts$|messages-en\.ts$|-en\.ts$/.test(f));
    expect(english).toEqual([]);
  });

  it('uses no lazy-loaded message in a first-paint module', () => {
    const used: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/['"`]([a-zA-Z]+\.[\w.]+)['"`]/g)) {
        if (lazyKeys.has(m[1] as string)) used.push(`${file.slice(ROOT.length + 1)}: ${m[1]}`);
      }
      // Keys built at run time: `prefix.${x}` must not name a lazy family either.
      for (const m of text.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g)) {
        const prefix = m[1] as string;
        if ([...lazyKeys].some((k) => k.startsWith(prefix)))
          used.push(`${file.slice(ROOT.length + 1)}: ${prefix}…`);
      }
    }
    expect(used).toEqual([]);
  });
});
