import { pathToFileURL } from 'node:url';
import Flatbush from 'flatbush';
import {
  CATEGORIES,
  INDUSTRIES,
  LINK_STATUSES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
} from '../../src/domain/entity';
import { EMPTY_FILTER, type LngLat } from '../../src/domain/filter';
import { ZONE_IDS } from '../../src/domain/zone';
import { meanCrossings } from '../../src/geo/band-count';
import { encodeRing } from '../../src/geo/coord-text';
import { buildEntityIndex, type EntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { MAX_MEAN_CROSSINGS } from '../../src/geo/shape-codec';
import { loadShapeUnion } from '../../src/geo/shape-union-loader';
import { shapeWork } from '../../src/geo/shape-work';
import { decodeFilter, MAX_SHAPE_WORK } from '../../src/state/filter-decode';
import { encodeFilter } from '../../src/state/filter-url';
import { parseHash } from '../../src/state/url-hash';
import { generateBenchData } from './filter-bench-data';
import { type BenchModule, type BenchRow, measureAll, type Timing } from './timing';

// The app loads the shape tests on demand (shape-union-loader.ts); the bench applies shapes.
await loadShapeUnion();

// npm run bench -- hash   (or: npx tsx scripts/bench/hash-bench.ts)
// A shared link opened on 100,000 enterprises: the hash parsed, the filter decoded and applied
// (everything the main thread does with a link before React renders), for the worst link we
// can build within the caps against a plain link, in interleaved rounds of the same run.

const SIZE = 100_000;
const RUNS = 9;
const GOAL_MS = 50;
/** The filter value's length cap (filter-url.ts MAX_INPUT). */
const MAX_FILTER_TEXT = 100_000;
/** The bench data's extent: every enterprise is a candidate of every shape. */
const BOX = { w: 106.15, s: 29.15, e: 106.65, n: 29.65 };

const Q = 1e-5;
const round5 = (v: number) => Math.round(v / Q) * Q;

/** Every list value, both ranges wide open but set, the in-view box over all data. */
function allFiltersText(): string {
  return encodeFilter({
    ...EMPTY_FILTER,
    zones: [...ZONE_IDS],
    industries: [...INDUSTRIES],
    categories: [...CATEGORIES],
    projectTypes: [...PROJECT_TYPES],
    projectStatuses: [...PROJECT_STATUSES],
    linkStatuses: [...LINK_STATUSES],
    investment: { min: 0, max: 1e6 },
    years: { min: 1000, max: 3000 },
    inView: [BOX.w - 0.1, BOX.s - 0.1, BOX.e + 0.1, BOX.n + 0.1],
  });
}

/**
 * A meander of `teeth` thin teeth (1e-5° wide, so it holds almost no record) over the whole
 * data extent: every record is a candidate that no earlier shape took, and a latitude through
 * the data meets two edges per tooth. Its connectors sit outside the data.
 */
function comb(teeth: number, shift: number, x0 = BOX.w, x1 = BOX.e): LngLat[] {
  const [lo, hi] = [BOX.s - 0.1, BOX.n + 0.1];
  const ring: LngLat[] = [];
  for (let j = 0; j < teeth; j++) {
    const x = round5(x0 + ((x1 - x0) * (j + 0.5)) / teeth + shift);
    ring.push([x, lo], [x, hi], [x + Q, hi], [x + Q, lo]);
  }
  return ring;
}

/** The most teeth a meander may have within the work and crossing caps. */
function meanderTeeth(): number {
  const fits = (n: number) =>
    shapeWork({ kind: 'polygon', id: 'm', ring: comb(n, 0) }) <= MAX_SHAPE_WORK &&
    meanCrossings(comb(n, 0)) <= MAX_MEAN_CROSSINGS;
  let t = 1;
  while (fits(t + 1)) t++;
  return t;
}

/** A sliver 1e-5° wide along the data's diagonal: the cheapest ring whose box holds all data. */
function sliver(k: number, shift: number): LngLat[] {
  const dx = round5(k * 2e-4 + shift);
  return [
    [BOX.w + dx, BOX.s - 0.01],
    [BOX.e + dx, BOX.n + 0.01],
    [BOX.e + dx + Q, BOX.n + 0.01],
  ];
}

/** Rings the work cap refuses only after decoding them and counting their bands. */
function junk(length: number, shift: number): string[] {
  const parts: string[] = [];
  for (let k = 0; length > 0; k++) {
    const part = `p:${encodeRing(comb(30, shift + k * Q))}`;
    parts.push(part);
    length -= part.length + 1;
  }
  return parts;
}

/** Shapes first, junk up to the length cap after them, every other filter set. */
function fill(shapes: string[], shift: number): string {
  const head = [allFiltersText(), ...shapes].join(';');
  const room = MAX_FILTER_TEXT - head.length - 600;
  return `#map=12/29.4/106.4&zone=xipeng-park&f=${[head, ...junk(room, shift)].join(';')}`;
}

/**
 * Candidate worst links within the caps. The shape pass tests a record only until one shape
 * holds it, so the costly shapes are those whose box covers every record but which hold none:
 * one meander at the work cap (a record meets ~2 × teeth edges), ten slivers (ten passes), or
 * 40 circles of 100 km around the data (their boxes cover it, their discs little of it).
 */
export const FAMILIES: Record<string, (shift: number) => string> = {
  meander: (shift) => fill([`p:${encodeRing(comb(meanderTeeth(), shift))}`], shift),
  slivers: (shift) =>
    fill(
      Array.from({ length: 12 }, (_, k) => `p:${encodeRing(sliver(k, shift))}`),
      shift,
    ),
  circles: (shift) =>
    fill(
      Array.from({ length: MAX_SHAPE_WORK }, (_, k) => {
        const a = (k / MAX_SHAPE_WORK) * 2 * Math.PI;
        const [cx, cy] = [106.4 + 0.95 * Math.cos(a), 29.4 + 0.85 * Math.sin(a)];
        return `o:${round5(cx + shift)},${round5(cy)},100`;
      }),
      shift,
    ),
  'zigzag+circles': (shift) => legacyWorst(shift),
};

/** The link the bench used before the union pass: one zigzag ring, then circles over all data. */
function legacyWorst(shift: number): string {
  const tall = MAX_MEAN_CROSSINGS - 4;
  const ring: LngLat[] = [];
  for (let i = 0; i < tall; i++) {
    ring.push([BOX.w + ((BOX.e - BOX.w) * i) / tall + shift, i % 2 === 0 ? BOX.s : BOX.n]);
  }
  const parts = [`p:${encodeRing(ring)}`];
  for (let k = 0; k < 20; k++) parts.push(`o:${round5(106.4 + shift + k * Q)},29.4,100`);
  return fill(parts, shift);
}

/** The worst family (by median), for callers that want one link. */
export function worstLink(run = 0): string {
  return (FAMILIES.meander as (shift: number) => string)(run * Q);
}

/** One 100 km circle over every record: a legitimate link that tests all 100k once. */
const fullPassLink = (run: number) => `#map=12/29.4/106.4&f=o:106.4,29.4,${99 + run / 1000}`;

/** A link as people share them; the radius changes per run so no cached bitset is reused. */
const plainLink = (run: number) =>
  `#map=12/29.4/106.4&zone=xipeng-park&f=z:xipeng;i:hydrogen;o:106.4,29.4,${2 + run / 1000}`;

function openLink(index: EntityIndex, hash: string): number {
  const parsed = parseHash(hash);
  const decoded = decodeFilter(parsed.rest.get('f') ?? '');
  return applyFilter(index, decoded.spec).enterprises.indices.length;
}

function describe(index: EntityIndex, link: string): string {
  const decoded = decodeFilter(parseHash(link).rest.get('f') ?? '');
  const hits = openLink(index, link);
  return `${link.length} chars, ${decoded.spec.shapes.length} shapes kept, ${decoded.ignored.length} dropped, ${hits} hits`;
}

const fmt = (t: Timing) => `${t.medianMs.toFixed(1)} ms (CPU ${t.cpuMedianMs.toFixed(1)} ms)`;

export function runHashBench(log: (line: string) => void = console.log): BenchRow[] {
  const data = generateBenchData(SIZE, 7);
  const index = buildEntityIndex(data.enterprises, [], data.link, Flatbush);
  // Each run opens a different link (shapes shifted by 1e-5°): the engine caches shape bitsets
  // by their text, and a link is opened once.
  const cases: Record<string, (run: number) => string> = {
    plain: plainLink,
    full: fullPassLink,
  };
  for (const [name, make] of Object.entries(FAMILIES)) cases[name] = (run) => make((run + 1) * Q);
  const fns: Record<string, () => number> = {};
  for (const [name, make] of Object.entries(cases)) {
    let run = 0;
    fns[name] = () => openLink(index, make(run++));
  }
  const t = measureAll(fns, RUNS, 1);
  const families = Object.keys(FAMILIES);
  const worst = families.reduce((a, b) => ((t[b]?.medianMs ?? 0) > (t[a]?.medianMs ?? 0) ? b : a));
  const plain = t.plain as Timing;
  const rows: BenchRow[] = families.map((name) => {
    const tf = t[name] as Timing;
    const verdict = tf.medianMs <= GOAL_MS ? 'PASS' : 'FAIL';
    const note = `${describe(index, (FAMILIES[name] as (s: number) => string)(0))}; CPU ${tf.cpuMedianMs.toFixed(1)} ms; goal ≤ ${GOAL_MS} ms ${verdict}; ×${(tf.medianMs / plain.medianMs).toFixed(0)} the plain link`;
    log(`hash: ${name === worst ? 'WORST ' : ''}${name} ${fmt(tf)}: ${note}`);
    return {
      bench: 'hash',
      case: `100k hostile link: ${name}${name === worst ? ' (worst)' : ''}`,
      ...tf,
      note,
    };
  });
  log(`hash: plain ${fmt(plain)}; one 100 km circle ${fmt(t.full as Timing)}`);
  return [
    ...rows,
    { bench: 'hash', case: '100k plain link decode+apply', ...plain, note: 'zone, industry, 2 km' },
    {
      bench: 'hash',
      case: '100k one 100 km circle',
      ...(t.full as Timing),
      note: 'baseline: one full pass',
    },
  ];
}

export const hashBench: BenchModule = { name: 'hash', run: () => runHashBench() };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runHashBench().some((r) => r.note.includes('FAIL')) ? 1 : 0;
}
