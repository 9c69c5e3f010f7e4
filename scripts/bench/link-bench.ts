import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  area,
  bbox,
  booleanPointInPolygon,
  feature,
  featureCollection,
  intersect,
} from '@turf/turf';
import Flatbush from 'flatbush';
import type { BBox } from 'geojson';
import { parseProjects } from '../../src/data/parse-entities';
import { ZONE_IDS, type ZoneFeature } from '../../src/domain/zone';
import { linkProjects } from '../../src/geo/link';
import { pointInPart } from '../../src/geo/point-in-part';
import { linkPoints } from '../../src/geo/point-in-zone';
import { type PreparedZones, prepareZones } from '../../src/geo/prepared-zones';
import { MIN_OVERLAP_M2 } from '../../src/geo/site-in-zone';
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

/**
 * The site reference: every site clipped against every zone whose box it overlaps (turf
 * intersect + area), as the site test did before it decided separate boundaries unclipped.
 */
function clipSiteMasks(
  prepared: PreparedZones,
  projects: ReturnType<typeof parseProjects>['records'],
) {
  return Uint32Array.from(projects, (p) => {
    if (!p.site) return 0;
    const [w, s, e, n] = bbox(p.site);
    let mask = 0;
    for (const z of prepared.zones) {
      if (!(w < z.maxX && e > z.minX && s < z.maxY && n > z.minY)) continue;
      const overlap = intersect(featureCollection([feature(p.site), feature(z.geometry)]));
      if (overlap && area(overlap) >= MIN_OVERLAP_M2) mask |= z.bit;
    }
    return mask;
  });
}

/** The district's projects file: sites decided without clipping where they can be. */
function siteRows(prepared: PreparedZones): BenchRow[] {
  const file = join(import.meta.dirname, '..', '..', 'data/geojson/projects.geojson');
  const projects = parseProjects(JSON.parse(readFileSync(file, 'utf8'))).records;
  const withSites = projects.filter((p) => p.site);
  const ours = linkProjects(prepared, withSites).masks;
  const diff = firstDifference(ours, clipSiteMasks(prepared, withSites));
  if (diff >= 0) throw new Error(`site masks differ from clipping at ${diff}`);
  const t = measureAll(
    {
      clip: () => clipSiteMasks(prepared, withSites),
      ours: () => linkProjects(prepared, withSites),
    },
    RUNS,
  );
  const note = `${withSites.length} sites of data/geojson/projects.geojson`;
  return [
    {
      bench: 'link',
      case: 'sites: clip every box-overlapping zone',
      ...t.clip,
      note: `reference; ${note}`,
    },
    {
      bench: 'link',
      case: 'sites: linkProjects (unclipped when boundaries are apart)',
      ...t.ours,
      note: `${(t.clip.medianMs / t.ours.medianMs).toFixed(1)}× faster; masks identical`,
    },
  ];
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
    ...siteRows(prepared),
  ];
}

export const linkBench: BenchModule = { name: 'link', run };
