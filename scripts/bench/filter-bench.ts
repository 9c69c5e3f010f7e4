import { pathToFileURL } from 'node:url';
import Flatbush from 'flatbush';
import type { FilterSpec } from '../../src/domain/filter';
import { buildEntityIndex, type EntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { filterReference } from '../../src/geo/filter-reference';
import { loadShapeUnion } from '../../src/geo/shape-union-loader';
import {
  attributeChange,
  attributeWithPolygon,
  type BenchData,
  circleChange,
  generateBenchData,
  kindChange,
  polygonChange,
  prefix,
} from './filter-bench-data';
import { type BenchModule, type BenchRow, measure, measureAll, type Timing } from './timing';

// The app loads the shape tests on demand (shape-union-loader.ts); the bench applies shapes.
await loadShapeUnion();

// npm run bench -- filter   (or: npx tsx scripts/bench/filter-bench.ts)
// Filter changes on 100,000 and 1,000,000 synthetic enterprises: medians of RUNS changes after
// WARMUP, each change a new filter so no cached bitset of the criterion under test is reused.
// The naive reference (src/geo/filter-reference.ts) runs on the same data, interleaved with
// the engine at 100k; at 1M it takes seconds per change, so it is timed once there.

const RUNS = 9;
const WARMUP = 3;
const SIZES = [100_000, 1_000_000] as const;

interface Scenario {
  name: string;
  change: (k: number) => FilterSpec;
  /** Goal in ms by dataset size. */
  goal: Readonly<Record<number, number>>;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'attribute + zone change', change: attributeChange, goal: { 1e5: 5, 1e6: 50 } },
  { name: 'attribute + zone + kind change', change: kindChange, goal: { 1e5: 5, 1e6: 50 } },
  { name: '50-vertex polygon', change: polygonChange, goal: { 1e5: 15, 1e6: 50 } },
  { name: '2 km circle', change: circleChange, goal: { 1e5: 10, 1e6: 50 } },
  {
    name: 'attribute change, polygon kept',
    change: attributeWithPolygon,
    goal: { 1e5: 5, 1e6: 50 },
  },
];

/** Same ids as the reference for change 0: a sanity check that the timed work is right. */
function agrees(data: BenchData, index: EntityIndex, spec: FilterSpec): [boolean, number] {
  const got = applyFilter(index, spec).enterprises.indices;
  const want = filterReference(data.enterprises, [], data.link, spec).enterprises;
  return [got.length === want.length && want.every((v, i) => got[i] === v), got.length];
}

function timeBoth(data: BenchData, index: EntityIndex, s: Scenario): Record<'e' | 'r', Timing> {
  let ke = 1;
  let kr = 1;
  const engine = () => applyFilter(index, s.change(ke++));
  const reference = () => filterReference(data.enterprises, [], data.link, s.change(kr++));
  if (data.enterprises.length <= 100_000) {
    return measureAll({ e: engine, r: reference }, RUNS, WARMUP);
  }
  return { e: measure(engine, RUNS, WARMUP), r: measure(reference, 1, 0) };
}

function scenarioRows(data: BenchData, index: EntityIndex, s: Scenario): BenchRow[] {
  const size = data.enterprises.length;
  const label = `${size / 1000}k ${s.name}`;
  const { e, r } = timeBoth(data, index, s);
  const [same, hits] = agrees(data, index, s.change(0));
  const goal = s.goal[size] ?? Number.POSITIVE_INFINITY;
  const verdict = e.medianMs <= goal ? 'PASS' : 'FAIL';
  const ratio = `reference ×${(r.medianMs / e.medianMs).toFixed(0)}`;
  return [
    {
      bench: 'filter',
      case: label,
      ...e,
      note: `goal ≤ ${goal} ms ${verdict}; ${ratio}; ${hits} hits; ${same ? 'same ids' : 'IDS DIFFER'}`,
    },
    {
      bench: 'filter',
      case: `${label} (reference)`,
      ...r,
      // run.ts leaves single runs' columns blank: the time goes in the note.
      note: r.runs === 1 ? `one run: ${r.medianMs.toFixed(0)} ms` : '',
    },
  ];
}

/** Runs every scenario at each size; logs progress, returns rows for scripts/bench/run.ts. */
export function runFilterBench(log: (line: string) => void = console.log): BenchRow[] {
  const largest = Math.max(...SIZES);
  let t0 = performance.now();
  const all = generateBenchData(largest, 7);
  log(`filter: generated and linked ${largest} enterprises in ${ms(t0)}`);
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    const data = size === largest ? all : prefix(all, size);
    t0 = performance.now();
    const index = buildEntityIndex(data.enterprises, [], data.link, Flatbush);
    log(`filter: ${size} enterprises indexed in ${ms(t0)}`);
    for (const s of SCENARIOS) {
      const [engine, reference] = scenarioRows(data, index, s);
      if (engine) log(`  ${engine.case}: ${engine.medianMs.toFixed(2)} ms (${engine.note})`);
      rows.push(...[engine, reference].filter((row): row is BenchRow => row !== undefined));
    }
  }
  return rows;
}

function ms(t0: number): string {
  return `${(performance.now() - t0).toFixed(0)} ms`;
}

export const filterBench: BenchModule = { name: 'filter', run: () => runFilterBench() };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const failed = runFilterBench().some((r) => /FAIL|DIFFER/.test(r.note));
  process.exitCode = failed ? 1 : 0;
}
