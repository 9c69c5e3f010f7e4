import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import type { FilterSpec } from '../../src/domain/filter';
import { fullBitset } from '../../src/geo/bitset';
import { buildMatchPrefix } from '../../src/geo/cluster-counts';
import { buildEntityIndex, type EntityIndex } from '../../src/geo/entity-index';
import { applyFilter, narrowsNothing } from '../../src/geo/filter-engine';
import { viewSourceOf } from '../../src/map/cluster-source';
import { company, type FilterWorld, spec, works, world } from './builders/filter-world';
import { enterprise } from './builders/zones';

/** Points about 1 km apart near 杨家坪. */
const P = (dx: number, dy: number): [number, number] => [106.5 + dx * 0.01, 29.5 + dy * 0.01];

function sample(): FilterWorld {
  return world(
    [
      { record: company('h2', P(0, 0), { industry: '氢能源' }), mask: 0b0001 },
      { record: enterprise('sim', P(1, 0), { industry: '新材料', synthetic: true }) },
      { record: company('mat', P(0, 2), { industry: '新材料' }), mask: 0b0100 },
      { record: enterprise('sim2', P(3, 1), { synthetic: true }), mask: 0b0001 },
    ],
    [{ record: works('p', P(0, 0)) }],
  );
}

const indexOf = (w: FilterWorld): EntityIndex =>
  buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);

/** Naive recount: which records a filter with no criterion keeps (synthetic by the switch). */
function naive(w: FilterWorld, includeSynthetic: boolean) {
  const keep = (r: { synthetic: boolean }) => includeSynthetic || !r.synthetic;
  const ids = (rs: readonly { synthetic: boolean }[]) => rs.flatMap((r, i) => (keep(r) ? [i] : []));
  return { enterprises: ids(w.enterprises), projects: ids(w.projects) };
}

describe('the unfiltered result (a cleared filter)', () => {
  it('knows a cleared filter from one that narrows anything', () => {
    expect(narrowsNothing(spec())).toBe(true);
    expect(narrowsNothing(spec({ includeSynthetic: false }))).toBe(true);
    const narrowing: Partial<FilterSpec>[] = [
      { industries: ['氢能源'] },
      { zones: ['xipeng-park'] },
      { years: { min: 2010, max: null } },
      { investment: { min: null, max: 5 } },
      { inView: [106, 29, 107, 30] },
      { shapes: [{ kind: 'circle', id: 'c', center: P(0, 0), radiusKm: 1 }] },
    ];
    for (const over of narrowing) expect(narrowsNothing(spec(over))).toBe(false);
  });

  it('is built once per index and switch, and equals a naive recount', () => {
    const w = sample();
    const index = indexOf(w);
    for (const includeSynthetic of [true, false]) {
      const first = applyFilter(index, spec({ includeSynthetic }));
      // Another filter in between, then cleared again: the very same object comes back.
      applyFilter(index, spec({ includeSynthetic, industries: ['氢能源'] }));
      const again = applyFilter(index, spec({ includeSynthetic }));
      expect(again).toBe(first);
      const want = naive(w, includeSynthetic);
      expect(Array.from(again.enterprises.indices)).toEqual(want.enterprises);
      expect(Array.from(again.projects.indices)).toEqual(want.projects);
      expect(again.enterprises.count).toBe(want.enterprises.length);
    }
    const all = applyFilter(index, spec());
    const real = applyFilter(index, spec({ includeSynthetic: false }));
    expect(all).not.toBe(real);
  });

  it('is rebuilt for new data', () => {
    const w = sample();
    const before = applyFilter(indexOf(w), spec());
    const more = world([
      ...w.enterprises.map((record) => ({ record })),
      { record: company('new', P(5, 5)) },
    ]);
    const after = applyFilter(indexOf(more), spec());
    expect(after).not.toBe(before);
    expect(after.enterprises.count).toBe(5);
    expect(Array.from(after.enterprises.indices)).toEqual(naive(more, true).enterprises);
  });

  it('gives the map the cluster counts of a fresh aggregation, built once', () => {
    const w = sample();
    const index = indexOf(w);
    const e = index.enterprises;
    const view = () => viewSourceOf(e, e.industry, applyFilter(index, spec()).enterprises.bits);
    const first = view();
    applyFilter(index, spec({ industries: ['新材料'] }));
    // Clearing again finds the prefix counts built for the unfiltered set the first time.
    expect(view()).toBe(first);
    const fresh = buildMatchPrefix(first.index, fullBitset(e.size));
    expect(Array.from(first.prefix.count)).toEqual(Array.from(fresh.count));
    expect(Array.from(first.prefix.sumX)).toEqual(Array.from(fresh.sumX));
    expect(Array.from(first.prefix.sumY)).toEqual(Array.from(fresh.sumY));
  });
});
