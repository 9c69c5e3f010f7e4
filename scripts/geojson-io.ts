import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type EncodedCollection, isEncodedCollection } from '../src/geo/echarts-decode';

/** The repository root, so scripts work from any working directory. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const ECHARTS_CHONGQING = `${ROOT}node_modules/echarts/map/json/province/chongqing.json`;
export const DISTRICT_FILE = `${ROOT}data/geojson/district.geojson`;
export const CONTEXT_FILE = `${ROOT}data/geojson/context.geojson`;
export const ZONES_FILE = `${ROOT}data/geojson/zones.geojson`;

export function readJsonFile(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** The compressed Chongqing map of echarts@4.9.0 (GCJ-02), checked for its outer shape. */
export function readChongqingSource(): EncodedCollection {
  const json = readJsonFile(ECHARTS_CHONGQING);
  if (!isEncodedCollection(json)) throw new Error(`${ECHARTS_CHONGQING}: not ECharts map JSON`);
  return json;
}

/**
 * Pretty JSON with each [lng, lat] position on one line: readable diffs, stable output (key
 * order is the builders' insertion order; no timestamps).
 */
export function stringifyGeoJson(value: unknown): string {
  const pretty = JSON.stringify(value, null, 2);
  return `${pretty.replace(/\[\s+(-?[\d.eE+-]+),\s+(-?[\d.eE+-]+)\s+\]/g, '[$1, $2]')}\n`;
}

export function writeGeoJson(path: string, value: unknown): void {
  writeFileSync(path, stringifyGeoJson(value));
}
