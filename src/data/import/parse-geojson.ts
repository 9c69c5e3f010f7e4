import { crsOfEpsg, epsgOfName } from '../../geo/projected-crs';
import { GeoJsonSplitter } from './geojson-splitter';
import { fail, ImportError, issue } from './import-error';
import type { ParsedFile, RawItem } from './parsed-file';
import { forEachChunk, type ProgressFn } from './read-blob';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toItem(value: unknown, index: number, out: ParsedFile): void {
  if (!isObject(value) || value.type !== 'Feature') {
    out.skipped.push(issue('import.error.notAFeature', { feature: index + 1 }, index));
    return;
  }
  out.items.push({ index, geometry: value.geometry, properties: value.properties });
}

/** The CRS named by a (pre-RFC 7946) GeoJSON `crs` member, e.g. {"properties":{"name":"EPSG:4545"}}. */
function crsHintOf(doc: Json): ParsedFile['crsHint'] {
  const crs = doc.crs;
  if (!isObject(crs) || !isObject(crs.properties)) return null;
  const name = String(crs.properties.name ?? '');
  const epsg = epsgOfName(name);
  const known = epsg === null ? null : crsOfEpsg(epsg);
  return known ? { crs: known } : { unsupported: name.slice(0, 80) };
}

/**
 * Streams a GeoJSON file: decodes and splits it chunk by chunk, parsing each feature as soon
 * as its text is complete, so progress moves and a cancel stops between chunks. Text that is
 * not UTF-8 is read again as GB18030 (GBK), with a warning; neither is refused.
 */
export async function parseGeoJson(
  blob: Blob,
  onProgress?: ProgressFn,
  signal?: AbortSignal,
): Promise<ParsedFile> {
  try {
    return await parseAs('utf-8', blob, onProgress, signal);
  } catch (error) {
    if (!(error instanceof ImportError) || error.issue.code !== 'import.error.encoding')
      throw error;
  }
  const parsed = await parseAs('gb18030', blob, onProgress, signal);
  parsed.warnings.push(issue('import.warning.decodedAs', { encoding: 'GBK/GB18030' }));
  return parsed;
}

async function parseAs(
  encoding: 'utf-8' | 'gb18030',
  blob: Blob,
  onProgress?: ProgressFn,
  signal?: AbortSignal,
): Promise<ParsedFile> {
  const out: ParsedFile = {
    format: 'geojson',
    items: [],
    fields: null,
    itemKind: 'feature',
    skipped: [],
    warnings: [],
    crsHint: null,
  };
  let count = 0;
  const splitter = new GeoJsonSplitter((text) => {
    const index = count++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      out.skipped.push(issue('import.error.malformedFeature', { feature: index + 1 }, index));
      return;
    }
    toItem(value, index, out);
  });
  // The decoder drops a leading BOM itself (ignoreBOM defaults to false).
  const decoder = new TextDecoder(encoding, { fatal: true });
  await forEachChunk(
    blob,
    (bytes, last) => {
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: !last });
      } catch {
        fail('import.error.encoding');
      }
      splitter.feed(text);
    },
    onProgress,
    signal,
  );
  finishDocument(splitter, out, count);
  return out;
}

function finishDocument(splitter: GeoJsonSplitter, out: ParsedFile, streamed: number): void {
  let doc: unknown;
  try {
    const skeleton = splitter.finish();
    if (skeleton.trim() === '' && streamed === 0) fail('import.error.empty');
    doc = JSON.parse(skeleton);
  } catch (error) {
    if (error instanceof SyntaxError) fail('import.error.malformedJson');
    throw error;
  }
  if (!isObject(doc)) fail('import.error.notGeoJson');
  out.crsHint = crsHintOf(doc);
  if (doc.type === 'FeatureCollection') {
    // Features the splitter could not stream (e.g. "features" cut by a chunk edge) are here.
    const rest = Array.isArray(doc.features) ? doc.features : [];
    if (!Array.isArray(doc.features) && streamed === 0) fail('import.error.notGeoJson');
    rest.forEach((f, i) => {
      toItem(f, streamed + i, out);
    });
  } else if (doc.type === 'Feature') {
    toItem(doc, 0, out);
  } else if (typeof doc.type === 'string' && GEOMETRY_TYPES.has(doc.type)) {
    const item: RawItem = { index: 0, geometry: doc, properties: {} };
    out.items.push(item);
  } else {
    fail('import.error.notGeoJson');
  }
}
