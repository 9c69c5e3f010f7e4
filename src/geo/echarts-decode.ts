import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * ECharts 4's compressed GeoJSON ("UTF8Encoding": true), as shipped in echarts@4.x
 * map/json/*.json. Each ring is a string, two characters per vertex; encodeOffsets holds the
 * ring's starting [x, y] in grid units (1/UTF8Scale degree). Reference decoder:
 * echarts/lib/coord/geo/parseGeoJson.js.
 */
export interface EncodedPolygon {
  type: 'Polygon';
  coordinates: string[];
  encodeOffsets: [number, number][];
}

export interface EncodedMultiPolygon {
  type: 'MultiPolygon';
  coordinates: string[][];
  encodeOffsets: [number, number][][];
}

export interface EncodedFeature {
  type: 'Feature';
  id?: string;
  properties: Record<string, unknown>;
  geometry: EncodedPolygon | EncodedMultiPolygon;
}

export interface EncodedCollection {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EncodedFeature[];
}

/** ECharts' default when UTF8Scale is absent: a grid of 1/1024 degree (~100 m). */
export const DEFAULT_UTF8_SCALE = 1024;

/**
 * Decodes one ring string to [lng, lat] positions in degrees of the source CRS (GCJ-02 for
 * the ECharts China maps), as encoded: closed only if the encoder closed it (the Chongqing
 * map does).
 */
export function decodeRing(
  encoded: string,
  offset: readonly [number, number],
  scale: number,
): Position[] {
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    prevX += zigZag(encoded.charCodeAt(i) - 64);
    prevY += zigZag(encoded.charCodeAt(i + 1) - 64);
    ring.push([prevX / scale, prevY / scale]);
  }
  return ring;
}

function zigZag(x: number): number {
  return (x >> 1) ^ -(x & 1);
}

function offsetAt<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`echarts-decode: missing encodeOffsets[${index}]`);
  return value;
}

/**
 * Decodes a geometry to [lng, lat] degrees. A Polygon's encodeOffsets holds one pair per ring;
 * a MultiPolygon's holds one list of pairs per polygon.
 */
export function decodeGeometry(
  geometry: EncodedPolygon | EncodedMultiPolygon,
  scale: number,
): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    const offsets = geometry.encodeOffsets;
    return {
      type: 'Polygon',
      coordinates: geometry.coordinates.map((r, i) => decodeRing(r, offsetAt(offsets, i), scale)),
    };
  }
  const coordinates = geometry.coordinates.map((polygon, p) => {
    const offsets = offsetAt(geometry.encodeOffsets, p);
    return polygon.map((r, i) => decodeRing(r, offsetAt(offsets, i), scale));
  });
  return { type: 'MultiPolygon', coordinates };
}

/** Decodes a whole collection; an already-decoded one (UTF8Encoding false) is not accepted. */
export function decodeEChartsGeoJson(
  collection: EncodedCollection,
): FeatureCollection<Polygon | MultiPolygon> {
  if (collection.UTF8Encoding !== true) throw new Error('echarts-decode: not UTF8Encoding');
  const scale = collection.UTF8Scale ?? DEFAULT_UTF8_SCALE;
  const features = collection.features.map(
    (f): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      ...(f.id === undefined ? {} : { id: f.id }),
      properties: { ...f.properties },
      geometry: decodeGeometry(f.geometry, scale),
    }),
  );
  return { type: 'FeatureCollection', features };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEncodedGeometry(value: unknown): value is EncodedPolygon | EncodedMultiPolygon {
  if (!isObject(value) || !Array.isArray(value.coordinates)) return false;
  if (!Array.isArray(value.encodeOffsets)) return false;
  return value.type === 'Polygon' || value.type === 'MultiPolygon';
}

/** Checks the outer shape of parsed JSON before decoding (the ring strings are trusted). */
export function isEncodedCollection(json: unknown): json is EncodedCollection {
  if (!isObject(json) || json.type !== 'FeatureCollection') return false;
  if (!Array.isArray(json.features)) return false;
  return json.features.every(
    (f: unknown) => isObject(f) && isObject(f.properties) && isEncodedGeometry(f.geometry),
  );
}
