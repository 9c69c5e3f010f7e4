import { pathToFileURL } from 'node:url';
import type { LngLat } from '../../src/domain/filter';
import { buildEntityIndex, type EntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { decodeFilter } from '../../src/state/filter-url';
import { encodeRing, MAX_MEAN_CROSSINGS, MAX_RING_VERTICES } from '../../src/state/shape-codec';
import { parseHash } from '../../src/state/url-hash';
import { generateBenchData } from './filter-bench-data';
import { type BenchModule, type BenchRow, measureAll } from './timing';

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

/**
 * A ring as costly as the caps allow: `tall` edges zigzagging across the whole data extent
 * (so a line through it meets nearly MAX_MEAN_CROSSINGS edges) closed by a fine staircase of
 * short edges spread over every latitude, so every band holds extra edges too.
 */
function worstRing(vertices: number, shift: number): LngLat[] {
  const tall = MAX_MEAN_CROSSINGS - 4;
  const ring: LngLat[] = [];
  const width = BOX.e - BOX.w;
  for (let i = 0; i < tall; i++) {
    ring.push([BOX.w + (width * i) / tall + shift, i % 2 === 0 ? BOX.s : BOX.n]);
  }
  const rest = vertices - tall;
  for (let i = 0; i < rest; i++) {
    const y = BOX.n - ((BOX.n - BOX.s) * i) / rest;
    ring.push([BOX.e + shift + (i % 2) * 1e-4, y]);
  }
  return ring;
}

/**
 * The worst link we found within the caps: one ring of MAX_RING_VERTICES as costly as allowed,
 * then 100 km circles over all the data (each one more test per record) until the shape-work
 * cap, then more rings that the caps drop (decoding them is part of the cost).
 */
export function worstLink(run = 0): string {
  const shift = run * 1e-5;
  const parts = [`p:${encodeRing(worstRing(MAX_RING_VERTICES, shift))}`];
  for (let k = 0; k < 20; k++) parts.push(`o:${106.4 + shift + k * 1e-5},29.4,100`);
  let length = parts.join(';').length;
  for (let k = 1; length < MAX_FILTER_TEXT - 40_000; k++) {
    const part = `p:${encodeRing(worstRing(4000, shift + k * 1e-5))}`;
    parts.push(part);
    length += part.length + 1;
  }
  return `#map=12/29.4/106.4&zone=xipeng-park&f=${parts.join(';')}`;
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

export function runHashBench(log: (line: string) => void = console.log): BenchRow[] {
  const data = generateBenchData(SIZE, 7);
  const index = buildEntityIndex(data.enterprises, [], data.link);
  const worst = worstLink();
  const decoded = decodeFilter(parseHash(worst).rest.get('f') ?? '');
  const shapes = decoded.spec.shapes.length;
  // Each run opens a different link (shapes shifted by 1e-5°): the engine caches shape bitsets
  // by their text, and a link is opened once.
  const links = Array.from({ length: RUNS + 1 }, (_, k) => [
    worstLink(k + 1),
    plainLink(k),
    fullPassLink(k),
  ]);
  const next: [number, number, number] = [0, 0, 0];
  const open = (which: 0 | 1 | 2) => () => {
    const run = next[which];
    next[which] = run + 1;
    return openLink(index, links[run]?.[which] ?? '');
  };
  const t = measureAll({ worst: open(0), plain: open(1), full: open(2) }, RUNS, 1);
  const hits = openLink(index, worst);
  const verdict = t.worst.medianMs <= GOAL_MS ? 'PASS' : 'FAIL';
  const note = `${worst.length} chars, ${shapes} shapes kept, ${decoded.ignored.length} dropped, ${hits} hits; goal ≤ ${GOAL_MS} ms ${verdict}; ×${(t.worst.medianMs / t.full.medianMs).toFixed(1)} a one-circle pass over all records`;
  log(
    `hash: worst link ${t.worst.medianMs.toFixed(1)} ms (${note}); plain ${t.plain.medianMs.toFixed(1)} ms`,
  );
  return [
    { bench: 'hash', case: '100k worst link decode+apply', ...t.worst, note },
    {
      bench: 'hash',
      case: '100k plain link decode+apply',
      ...t.plain,
      note: 'zone, industry, 2 km',
    },
    { bench: 'hash', case: '100k one 100 km circle', ...t.full, note: 'baseline: one full pass' },
  ];
}

export const hashBench: BenchModule = { name: 'hash', run: () => runHashBench() };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runHashBench().some((r) => r.note.includes('FAIL')) ? 1 : 0;
}
