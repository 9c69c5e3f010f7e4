import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { MultiPolygon, Point } from 'geojson';
import Papa from 'papaparse';
import { ImportError } from '../../src/data/import/import-error';
import { importFile } from '../../src/data/import/import-file';
import type { ImportResult } from '../../src/domain/import';
import { linkPoints } from '../../src/geo/point-in-zone';
import { prepareZones } from '../../src/geo/prepared-zones';
import { DISTRICT_FILE } from '../geojson-io';
import { readSyntheticInputs } from '../synthetic-inputs';
import { bigGeoJson, registerCsv } from './import-bench-data';
import type { BenchModule, BenchRow } from './timing';

const ROWS = 100_000;
const RUNS = 9;
const BIG_BYTES = 50 * 2 ** 20;

// The zones are in memory in the app when a file arrives: read once, outside the timing.
const { zones } = readSyntheticInputs();
const district = (
  JSON.parse(readFileSync(DISTRICT_FILE, 'utf8')) as { features: { geometry: MultiPolygon }[] }
).features[0]?.geometry as MultiPolygon;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** What the app does with a register: import it in full, then link the points to the zones. */
async function importAndLink(blob: Blob): Promise<Uint32Array> {
  const result = await importFile(blob, 'register.csv', { crs: null }, undefined, undefined, {
    district,
  });
  const coords = new Float64Array(result.features.length * 2);
  const { features } = result;
  for (let i = 0; i < features.length; i++) {
    const c = ((features[i] as (typeof features)[number]).geometry as Point).coordinates;
    coords[2 * i] = c[0] as number;
    coords[2 * i + 1] = c[1] as number;
  }
  return linkPoints(prepareZones(zones), coords);
}

/** Wall and CPU ms (this process, all threads: the GC's helpers too) of one call. */
async function timed(fn: () => unknown): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

export async function csvRows(): Promise<BenchRow[]> {
  const text = registerCsv(ROWS);
  const blob = new Blob([text]);
  const ours: { wall: number; cpu: number }[] = [];
  const bare: { wall: number; cpu: number }[] = [];
  await importAndLink(blob);
  Papa.parse(text);
  // Interleaved, so a burst of load on a shared machine hits both alike.
  for (let r = 0; r < RUNS; r++) {
    let linked = 0;
    ours.push(await timed(async () => (linked = (await importAndLink(blob)).length)));
    if (linked !== ROWS) throw new Error(`imported ${linked} of ${ROWS} rows`);
    bare.push(await timed(() => Papa.parse(text)));
  }
  const wall = (xs: typeof ours) => xs.map((x) => x.wall);
  const ratio = median(wall(ours)) / median(wall(bare));
  const cpuRatio = median(ours.map((x) => x.cpu)) / median(bare.map((x) => x.cpu));
  const paired = median(ours.map((x, i) => x.wall / (bare[i]?.wall ?? Number.NaN)));
  const mb = (blob.size / 2 ** 20).toFixed(1);
  return [
    {
      bench: 'import',
      case: `CSV ${ROWS} rows (${mb} MB): decode+parse+validate+convert+link`,
      medianMs: median(wall(ours)),
      minMs: Math.min(...wall(ours)),
      runs: RUNS,
      note: `${ratio.toFixed(2)}× papaparse (goal ≤ 2×); median of paired runs ${paired.toFixed(2)}×; CPU time ${cpuRatio.toFixed(2)}×; load average ${loadavg()[0]?.toFixed(1)}`,
    },
    {
      bench: 'import',
      case: `papaparse bare parse, same text`,
      medianMs: median(wall(bare)),
      minMs: Math.min(...wall(bare)),
      runs: RUNS,
      note: 'baseline',
    },
  ];
}

/**
 * Starts an import of `blob` and, when progress first reaches `fraction` of the bytes (1 = the
 * checks after the last byte), queues an abort as a macrotask, the way a worker receives a
 * cancel message; times queueing → rejection, which includes waiting for the import to yield.
 */
async function cancelAt(blob: Blob, fraction: number): Promise<number> {
  const controller = new AbortController();
  let queuedAt = 0;
  const onProgress = (loaded: number, total: number) => {
    if (queuedAt || loaded < total * fraction) return;
    queuedAt = performance.now();
    setTimeout(() => controller.abort(), 0);
  };
  try {
    await importFile(blob, 'big.geojson', { crs: null }, onProgress, controller.signal, {
      district,
    });
  } catch (error) {
    if (!(error instanceof ImportError) || error.issue.code !== 'import.error.cancelled')
      throw error;
    return performance.now() - queuedAt;
  }
  throw new Error(`import finished before the abort at ${fraction}`);
}

async function bigGeoJsonRows(): Promise<BenchRow[]> {
  const { text, features } = bigGeoJson(BIG_BYTES);
  const blob = new Blob([text]);
  let events = 0;
  const distinct = new Set<number>();
  const t0 = performance.now();
  const result: ImportResult = await importFile(
    blob,
    'big.geojson',
    { crs: null },
    (loaded) => {
      events++;
      distinct.add(loaded);
    },
    undefined,
    { district },
  );
  const fullMs = performance.now() - t0;
  if (result.features.length !== features)
    throw new Error(`imported ${result.features.length} of ${features}`);
  // Cancel at 10…90 % of the bytes read, and once more after the last byte (during the checks).
  const cancels: number[] = [];
  for (const f of [0.1, 0.3, 0.5, 0.7, 0.9, 1]) cancels.push(await cancelAt(blob, f));
  const mb = (blob.size / 2 ** 20).toFixed(1);
  return [
    {
      bench: 'import',
      case: `GeoJSON ${mb} MB, ${features} points: full import`,
      medianMs: fullMs,
      minMs: fullMs,
      runs: 1,
      note: `one run: ${fullMs.toFixed(0)} ms; ${events} progress events (${distinct.size} distinct values)`,
    },
    {
      bench: 'import',
      case: `GeoJSON ${mb} MB: cancel → rejection (at 10…90 % read, and in the checks)`,
      medianMs: median(cancels),
      minMs: Math.min(...cancels),
      runs: cancels.length,
      note: `each: ${cancels.map((c) => c.toFixed(0)).join(', ')} ms (goal ≤ 200 ms); load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
    },
  ];
}

export const importBench: BenchModule = {
  name: 'import',
  run: async () => [...(await csvRows()), ...(await bigGeoJsonRows())],
};
