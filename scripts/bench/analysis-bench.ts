import { pathToFileURL } from 'node:url';
import Flatbush from 'flatbush';
import { EMPTY_FILTER, type FilterSpec } from '../../src/domain/filter';
import { aggregateDensity } from '../../src/geo/density';
import { buildEntityIndex, type EntityIndex } from '../../src/geo/entity-index';
import { clearFilterCache } from '../../src/geo/filter-cache';
import { applyFilter } from '../../src/geo/filter-engine';
import { filterReference } from '../../src/geo/filter-reference';
import { locationQuotients } from '../../src/geo/location-quotient';
import { nearestRecords } from '../../src/geo/nearest';
import { countZoneIndustry } from '../../src/geo/zone-industry-counts';
import { Rng } from '../synthetic/prng';
import { naiveHexCounts, naiveLocationQuotients, naiveNearest } from './analysis-reference';
import { attributeChange, type BenchData, generateBenchData } from './filter-bench-data';
import { type BenchModule, type BenchRow, measureAll } from './timing';

// npm run bench -- analysis   (or: npx tsx scripts/bench/analysis-bench.ts)
// The analysis tab's computations on 100,000 synthetic enterprises, each against a naive
// reference over the record objects, interleaved in the same run (scripts/bench/timing.ts).

const SIZE = 100_000;
const RUNS = 11;
const WARMUP = 3;
const HEX_KM = 1;

interface Case {
  name: string;
  goal: number;
  ours: () => unknown;
  naive: () => unknown;
  check: () => string;
}

function row(c: Case): BenchRow[] {
  const t = measureAll({ ours: c.ours, naive: c.naive }, RUNS, WARMUP);
  const verdict = t.ours.medianMs <= c.goal ? 'PASS' : 'FAIL';
  const ratio = (t.naive.medianMs / t.ours.medianMs).toFixed(1);
  return [
    {
      bench: 'analysis',
      case: `100k ${c.name}`,
      ...t.ours,
      note: `goal ≤ ${c.goal} ms ${verdict}; naive ×${ratio}; ${c.check()}`,
    },
    { bench: 'analysis', case: `100k ${c.name} (naive)`, ...t.naive, note: '' },
  ];
}

/**
 * Re-aggregation after a filter change: the filter results are prepared up front. `all`: the
 * unfiltered 100k records (the largest case); otherwise attribute + zone changes.
 */
function hexCase(data: BenchData, index: EntityIndex, everything: boolean): Case {
  const all = applyFilter(index, EMPTY_FILTER);
  const results = everything
    ? [all]
    : Array.from({ length: 8 }, (_, k) => applyFilter(index, attributeChange(k)));
  const pick = (n: number) => results[n % results.length] ?? all;
  let k = 0;
  let j = 0;
  const opts = { dataset: 'enterprises', weight: 'count', sizeKm: HEX_KM } as const;
  return {
    name: `hexagon re-aggregation, ${everything ? 'all records' : 'attribute changes'} (${HEX_KM} km cells)`,
    goal: 20,
    ours: () => aggregateDensity(index, pick(k++), opts),
    naive: () => naiveHexCounts(data.enterprises, pick(j++).enterprises.indices, HEX_KM),
    check: () => {
      const r = pick(0);
      const grid = aggregateDensity(index, r, opts);
      const naive = naiveHexCounts(data.enterprises, r.enterprises.indices, HEX_KM);
      const same = grid.cells.length === naive.size && grid.counted === r.enterprises.count;
      return `${grid.cells.length} cells, ${r.enterprises.count} records; ${same ? 'same cells as naive' : 'CELLS DIFFER'}`;
    },
  };
}

function yearCase(data: BenchData, index: EntityIndex): Case {
  const spec = (y: number): FilterSpec => ({ ...EMPTY_FILTER, years: { min: null, max: y } });
  let k = 0;
  let j = 0;
  const opts = { dataset: 'enterprises', weight: 'count', sizeKm: HEX_KM } as const;
  return {
    name: 'year-slider step (filter + hexagons, cold year cache)',
    goal: 25,
    ours: () => {
      clearFilterCache(index.enterprises);
      clearFilterCache(index.projects);
      const result = applyFilter(index, spec(2015 + (k++ % 11)));
      return aggregateDensity(index, result, opts);
    },
    naive: () => {
      const ids = filterReference(data.enterprises, [], data.link, spec(2015 + (j++ % 11)));
      return naiveHexCounts(data.enterprises, ids.enterprises, HEX_KM);
    },
    check: () => `${applyFilter(index, spec(2020)).enterprises.count} records as of 2020`,
  };
}

function lqCase(data: BenchData, index: EntityIndex): Case {
  const result = applyFilter(index, EMPTY_FILTER);
  const all = Array.from(result.enterprises.indices);
  const ours = () => {
    const c = countZoneIndustry(index, result);
    return locationQuotients(c.counts, c.zoneTotals, c.districtCounts, c.districtTotal);
  };
  return {
    name: 'location quotients, all zones × industries (counting included)',
    goal: 5,
    ours,
    naive: () => naiveLocationQuotients(data.enterprises, data.link.enterpriseMasks, all),
    check: () => {
      const a = ours().map((r) => r.map((c) => c.value));
      const b = naiveLocationQuotients(data.enterprises, data.link.enterpriseMasks, all);
      const same = a.every((r, z) =>
        r.every((v, i) => v === b[z]?.[i] || Math.abs((v ?? 0) - (b[z]?.[i] ?? 0)) < 1e-12),
      );
      return same ? 'same values as naive' : 'VALUES DIFFER';
    },
  };
}

function nearestCase(data: BenchData, index: EntityIndex): Case {
  const rng = new Rng(20);
  const points = Array.from({ length: 32 }, (): [number, number] => [
    rng.uniform(106.27, 106.52),
    rng.uniform(29.3, 29.54),
  ]);
  let k = 0;
  let j = 0;
  const at = (n: number) => points[n % points.length] ?? [106.4, 29.4];
  return {
    name: 'nearest 20 enterprises (index built once per dataset, outside the timing)',
    goal: 2,
    ours: () => nearestRecords(index.enterprises, at(k++), 20),
    naive: () => naiveNearest(data.enterprises, at(j++), 20),
    check: () => {
      const same = points.every((p) => {
        const a = nearestRecords(index.enterprises, p, 20);
        const b = naiveNearest(data.enterprises, p, 20);
        return a.length === b.length && a.every((n, i) => n.index === b[i]?.index);
      });
      return same ? 'same neighbours as naive' : 'NEIGHBOURS DIFFER';
    },
  };
}

export function runAnalysisBench(log: (line: string) => void = console.log): BenchRow[] {
  let t0 = performance.now();
  const data = generateBenchData(SIZE, 7);
  const index = buildEntityIndex(data.enterprises, [], data.link, Flatbush);
  log(`analysis: ${SIZE} enterprises generated, linked and indexed in ${ms(t0)}`);
  t0 = performance.now();
  nearestRecords(index.enterprises, [106.4, 29.4], 1);
  log(`analysis: nearest-neighbour index built in ${ms(t0)} (once per dataset)`);
  const rows: BenchRow[] = [];
  t0 = performance.now();
  aggregateDensity(index, applyFilter(index, EMPTY_FILTER), {
    dataset: 'enterprises',
    weight: 'count',
    sizeKm: HEX_KM,
  });
  log(`analysis: cell ids of every record at ${HEX_KM} km built in ${ms(t0)} (once per size)`);
  const cases = [
    hexCase(data, index, true),
    hexCase(data, index, false),
    yearCase(data, index),
    lqCase(data, index),
    nearestCase(data, index),
  ];
  for (const c of cases) {
    const out = row(c);
    const first = out[0];
    if (first) log(`  ${first.case}: ${first.medianMs.toFixed(2)} ms (${first.note})`);
    rows.push(...out);
  }
  return rows;
}

function ms(t0: number): string {
  return `${(performance.now() - t0).toFixed(0)} ms`;
}

export const analysisBench: BenchModule = { name: 'analysis', run: () => runAnalysisBench() };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const failed = runAnalysisBench().some((r) => /FAIL|DIFFER/.test(r.note));
  process.exitCode = failed ? 1 : 0;
}
