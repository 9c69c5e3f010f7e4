import { CATEGORIES, type Enterprise, INDUSTRIES } from '../../src/domain/entity';
import type { DrawnShape, FilterSpec, LngLat } from '../../src/domain/filter';
import { EMPTY_FILTER } from '../../src/domain/filter';
import { ZONE_IDS } from '../../src/domain/zone';
import type { LinkColumns } from '../../src/geo/entity-index';
import { linkDataset } from '../../src/geo/link';
import { generateEnterprises } from '../synthetic/generate-enterprises';
import { ANCHORS, offsetKm } from '../synthetic/places';
import { Rng } from '../synthetic/prng';
import { readSyntheticInputs } from '../synthetic-inputs';

/** Enterprises as the app loads them, with their zone masks from geo/link; no projects. */
export interface BenchData {
  enterprises: Enterprise[];
  link: LinkColumns;
}

/**
 * `size` synthetic enterprises from the product's own generator (clustered in the four real
 * zone extents of data/geojson), linked to the zones as the app does.
 */
export function generateBenchData(size: number, seed: number): BenchData {
  const { zones, district } = readSyntheticInputs();
  const enterprises = generateEnterprises(size, seed, zones, district);
  const linked = linkDataset(zones, enterprises, []);
  return {
    enterprises,
    link: {
      enterpriseMasks: linked.enterpriseMasks,
      projectMasks: linked.projectMasks,
      enterpriseStatus: linked.enterpriseStatus,
      projectStatus: linked.projectStatus,
    },
  };
}

/** The first n records: the generator draws records independently, so a prefix is a sample. */
export function prefix(data: BenchData, n: number): BenchData {
  return {
    enterprises: data.enterprises.slice(0, n),
    link: {
      ...data.link,
      enterpriseMasks: data.link.enterpriseMasks.slice(0, n),
      enterpriseStatus: data.link.enterpriseStatus.slice(0, n),
    },
  };
}

function filter(over: Partial<FilterSpec>): FilterSpec {
  return { ...structuredClone(EMPTY_FILTER), ...over };
}

/**
 * Attribute + zone change number k: zone, industries, category and founding year all differ
 * from change k − 1, and the year range is new, so its scan is never served from the cache.
 */
export function attributeChange(k: number): FilterSpec {
  const pick = <T>(list: readonly T[], i: number): T[] => {
    const v = list[i % list.length];
    return v === undefined ? [] : [v];
  };
  return filter({
    zones: pick(ZONE_IDS, k),
    industries: [0, 1, 2].flatMap((d) => pick(INDUSTRIES, k + d)),
    // The common category, so changes match thousands of records rather than none.
    categories: k % 2 === 0 ? pick(CATEGORIES, 1) : [],
    years: { min: 1990 + (k % 20), max: null },
  });
}

/**
 * Attribute + zone change k with a record kind chosen as well (firms on even changes, research
 * institutes on odd ones). The 筛选 tab's kind counts cost one more filter of the same change
 * without the kinds, i.e. about one "attribute + zone change".
 */
export function kindChange(k: number): FilterSpec {
  const kind = k % 2 === 0 ? 'enterprise' : 'research-institute';
  // An upper year bound no other scenario uses: the year scan is never served from the cache.
  const years = { min: 1990 + (k % 20), max: 2100 + k };
  return { ...attributeChange(k), orgKinds: [kind], years };
}

/** An irregular star-shaped 50-vertex ring of 2.1–3.5 km radius around 西彭 (WGS-84). */
function polygon50(shiftDeg: number): LngLat[] {
  const rng = new Rng(50);
  const centre: LngLat = [ANCHORS.xipeng[0] + shiftDeg, ANCHORS.xipeng[1]];
  return Array.from({ length: 50 }, (_, i) => {
    const angle = (2 * Math.PI * i) / 50;
    const r = rng.uniform(2.1, 3.5);
    return offsetKm(centre, r * Math.cos(angle), r * Math.sin(angle));
  });
}

/** Change k: a new polygon (shifted 1e-6° per change, so never a cache hit). */
export function polygonChange(k: number): FilterSpec {
  const shape: DrawnShape = { kind: 'polygon', id: 'bench', ring: polygon50(k * 1e-6) };
  return filter({ shapes: [shape] });
}

/** Change k: a new 2 km circle on the 陶家 hydrogen area. */
export function circleChange(k: number): FilterSpec {
  const center: LngLat = [ANCHORS.taojia[0] + k * 1e-6, ANCHORS.taojia[1]];
  return filter({ shapes: [{ kind: 'circle', id: 'bench', center, radiusKm: 2 }] });
}

/** Change k: attributes change while the same polygon stays drawn (its bitset is cached). */
export function attributeWithPolygon(k: number): FilterSpec {
  return { ...attributeChange(k), shapes: polygonChange(0).shapes };
}
