import { bbox, booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { BBox } from 'geojson';
import { ZONE_IDS, type ZoneFeature } from '../../src/domain/zone';
import { pointInPart } from '../../src/geo/point-in-part';
import { linkPoints } from '../../src/geo/point-in-zone';
import { type PreparedZones, prepareZones } from '../../src/geo/prepared-zones';
import { generateEnterprises } from '../synthetic/generate-enterprises';
import { readSyntheticInputs } from '../synthetic-inputs';
import { type BenchModule, type BenchRow, measureAll, type Timing } from './timing';

const POINTS = 100_000;
const SEED = 1;
const RUNS = 15;

/**
 * The reference: turf booleanPointInPolygon on every point × zone pair; with `boxes`, the
 * same after a box reject per pair (the cheap speed-up one would try first).
 */
function turfMasks(
  zones: readonly ZoneFeature[],
  coords: Float64Array,
  boxes?: BBox[],
): Uint32Array {
  const masks = new Uint32Array(coords.length / 2);
  const bits = zones.map((z) => 1 << ZONE_IDS.indexOf(z.properties.zone_id));
  for (let i = 0; i < masks.length; i++) {
    const x = coords[2 * i] as number;
    const y = coords[2 * i + 1] as number;
    const pt = [x, y];
    let mask = 0;
    zones.forEach((z, k) => {
      const b = boxes?.[k];
      if (b && !(x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3])) return;
      if (booleanPointInPolygon(pt, z)) mask |= bits[k] as number;
    });
    masks[i] = mask;
  }
  return masks;
}

/** The alternative we did not ship: a Flatbush over the points, queried by each part's box. */
function flatbushMasks(prepared: PreparedZones, coords: Float64Array): Uint32Array {
  const n = coords.length / 2;
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const x = coords[2 * i] as number;
    const y = coords[2 * i + 1] as number;
    index.add(x, y, x, y);
  }
  index.finish();
  const masks = new Uint32Array(n);
  for (const z of prepared.zones) {
    for (const part of z.parts) {
      for (const i of index.search(part.minX, part.minY, part.maxX, part.maxY)) {
        if ((masks[i] as number) & z.bit) continue;
        if (pointInPart(part, coords[2 * i] as number, coords[2 * i + 1] as number)) {
          masks[i] = (masks[i] as number) | z.bit;
        }
      }
    }
  }
  return masks;
}

function firstDifference(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function run(): BenchRow[] {
  const { zones, district } = readSyntheticInputs();
  const firms = generateEnterprises(POINTS, SEED, zones, district);
  const coords = Float64Array.from(firms.flatMap((e) => e.coordinates));
  const prepared = prepareZones(zones);
  const boxes = zones.map((z) => bbox(z));
  const ours = linkPoints(prepared, coords);
  const reference = turfMasks(zones, coords);
  const diffTurf = firstDifference(ours, reference);
  const diffFlatbush = firstDifference(ours, flatbushMasks(prepared, coords));
  if (diffTurf >= 0 || diffFlatbush >= 0) {
    throw new Error(`masks differ: vs turf at ${diffTurf}, vs flatbush at ${diffFlatbush}`);
  }
  const t = measureAll(
    {
      turf: () => turfMasks(zones, coords),
      bboxTurf: () => turfMasks(zones, coords, boxes),
      full: () => linkPoints(prepareZones(zones), coords),
      link: () => linkPoints(prepared, coords),
      prep: () => prepareZones(zones),
      flatbush: () => flatbushMasks(prepared, coords),
    },
    RUNS,
  );
  const inZones = ours.filter((m) => m !== 0).length;
  const versus = (x: Timing) => `${(t.turf.medianMs / x.medianMs).toFixed(1)}× faster than turf`;
  const goal = (x: Timing) =>
    t.turf.medianMs / x.medianMs >= 10 && x.medianMs < 100 ? 'goal met' : 'GOAL MISSED';
  const row = (c: string, x: Timing, note: string): BenchRow => ({
    bench: 'link',
    case: c,
    ...x,
    note,
  });
  return [
    row(
      'turf booleanPointInPolygon, every pair',
      t.turf,
      `reference; ${POINTS} points × ${zones.length} zones`,
    ),
    row('box reject + turf', t.bboxTurf, versus(t.bboxTurf)),
    row(
      'linkPoints (zones prepared)',
      t.link,
      `${versus(t.link)}; ${goal(t.link)} (≥ 10×, < 100 ms)`,
    ),
    row('prepareZones + linkPoints', t.full, `${versus(t.full)}; ${goal(t.full)}`),
    row('prepareZones alone', t.prep, 'once per dataset load'),
    row('Flatbush over points + exact test', t.flatbush, `${versus(t.flatbush)}; not shipped`),
    {
      ...row(
        'masks identical: ours, turf, Flatbush',
        t.prep,
        `yes; ${inZones} of ${POINTS} in ≥ 1 zone`,
      ),
      runs: 1,
    },
  ];
}

export const linkBench: BenchModule = { name: 'link', run };
