import type Flatbush from 'flatbush';
import { LINK_STATUSES } from '../domain/entity';
import { ZONE_IDS } from '../domain/zone';
import { type Bitset, bitsetsByCode, bitsetsByMaskBit, clearBit, fullBitset } from './bitset';
import { STEP, type Steps } from './steps';

/**
 * The spatial index's class, passed in by the caller: the app imports flatbush on its own
 * (src/data/entities.ts) so that it is not part of the first paint's bundle.
 */
export type SpatialIndexClass = typeof Flatbush;

/** Stored in `year` when the founding / start year is unknown. */
export const YEAR_NONE = -32768;

/**
 * Columns both datasets share. Row i is the i-th record as passed to buildEntityIndex, so
 * indices in a filter result address the caller's arrays directly.
 */
export interface PointColumns {
  readonly size: number;
  /** WGS-84 degrees; for projects the representative point, also for those with a site. */
  readonly lng: Float64Array;
  readonly lat: Float64Array;
  /** Bit i set = the record lies in ZONE_IDS[i] (from geo/link). */
  readonly zoneMask: Uint32Array;
  /** Index into LINK_STATUSES. */
  readonly linkStatus: Uint8Array;
  /** 1 = machine-generated (模拟数据). */
  readonly synthetic: Uint8Array;
  /** Founding year (enterprises) or start year (projects); YEAR_NONE when unknown. */
  readonly year: Int16Array;
  /** Over the points [lng, lat]; null when the dataset is empty (Flatbush needs ≥ 1 item). */
  readonly spatial: Flatbush | null;
  /** Per ZONE_IDS entry: the records whose mask has that bit. */
  readonly zoneBits: readonly Bitset[];
  /** Per LINK_STATUSES entry. */
  readonly linkBits: readonly Bitset[];
  /** The records that are not synthetic. */
  readonly realBits: Bitset;
}

export function toYear(year: number | null): number {
  // Int16 holds every plausible year; anything else is as good as unknown.
  if (year === null || !Number.isFinite(year) || Math.abs(year) > 32767) return YEAR_NONE;
  return Math.round(year);
}

interface PointRecord {
  id: string;
  coordinates: [number, number];
  synthetic: boolean;
}

/**
 * The spatial index's data over the records' points, as pointArrays builds it (a worker builds
 * it and transfers the buffer; pointColumnsSteps then only wraps it). null when empty.
 */
export function spatialIndexData(
  records: readonly PointRecord[],
  Spatial: SpatialIndexClass,
): ArrayBuffer | null {
  if (records.length === 0) return null;
  const spatial = new Spatial(records.length);
  for (const r of records) {
    const [x, y] = r.coordinates;
    spatial.add(x, y);
  }
  spatial.finish();
  return spatial.data as ArrayBuffer;
}

/** spatialIndexData over [lng, lat] pairs (a worker of its own builds it: spatial-worker.ts). */
export function spatialIndexFromCoords(
  coords: Float64Array,
  Spatial: SpatialIndexClass,
): ArrayBuffer | null {
  const n = coords.length / 2;
  if (n === 0) return null;
  const spatial = new Spatial(n);
  for (let i = 0; i < n; i++) spatial.add(coords[2 * i] as number, coords[2 * i + 1] as number);
  spatial.finish();
  return spatial.data as ArrayBuffer;
}

/** A prebuilt index when it covers exactly these records, else null (build it here). */
function prebuilt(
  data: ArrayBuffer | null | undefined,
  size: number,
  Spatial: SpatialIndexClass,
): Flatbush | null {
  if (!data || size === 0) return null;
  const index = Spatial.from(data);
  return index.numItems === size ? index : null;
}

/** Coordinates, synthetic flags and the spatial index, in one pass over the records. */
function* pointArrays(
  records: readonly PointRecord[],
  Spatial: SpatialIndexClass,
  data?: ArrayBuffer | null,
) {
  const size = records.length;
  const lng = new Float64Array(size);
  const lat = new Float64Array(size);
  const synthetic = new Uint8Array(size);
  const realBits = fullBitset(size);
  const ready = prebuilt(data, size, Spatial);
  const spatial = ready ? null : size > 0 ? new Spatial(size) : null;
  for (let i = 0; i < size; i++) {
    const r = records[i] as PointRecord;
    // Read once: a packed record builds its coordinate pair on each read.
    const [x, y] = r.coordinates;
    lng[i] = x;
    lat[i] = y;
    spatial?.add(x, y);
    if (r.synthetic) {
      synthetic[i] = 1;
      clearBit(realBits, i);
    }
    if (i % STEP === STEP - 1) yield;
  }
  // One unit: Flatbush sorts its items in one call (tens of ms for 100,000 points).
  spatial?.finish();
  yield;
  return { lng, lat, synthetic, realBits, spatial: ready ?? spatial };
}

/** The shared columns of one dataset; zone masks and link status come from geo/link. */
export function* pointColumnsSteps(
  records: readonly PointRecord[],
  year: Int16Array,
  zoneMask: Uint32Array,
  linkStatus: Uint8Array,
  Spatial: SpatialIndexClass,
  spatialData?: ArrayBuffer | null,
): Steps<PointColumns> {
  const size = records.length;
  if (zoneMask.length !== size || linkStatus.length !== size) {
    throw new Error('entity-index: link arrays do not match the dataset length');
  }
  // No id column: nothing read it, and at 1M records (read from packed columns, each a fresh
  // string) it was the page's largest set of strings.
  const arrays = yield* pointArrays(records, Spatial, spatialData);
  const zoneBits = bitsetsByMaskBit(zoneMask, ZONE_IDS.length);
  yield;
  const linkBits = bitsetsByCode(linkStatus, LINK_STATUSES.length);
  yield;
  return { size, ...arrays, zoneMask, linkStatus, year, zoneBits, linkBits };
}
