import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Geometry } from 'geojson';
import { decodeText } from './decode-text';
import { fail } from './import-error';
import type { ParsedFile } from './parsed-file';
import { findByExtension, unzip } from './unzip';

const MULTI: Record<string, string> = {
  Point: 'MultiPoint',
  LineString: 'MultiLineString',
  Polygon: 'MultiPolygon',
};

/**
 * A KML MultiGeometry arrives as a GeometryCollection; when its members are all points, all
 * lines or all polygons it becomes the matching Multi* geometry the map can draw. A mixed one
 * is left for checkGeometry to refuse by type.
 */
function simplify(g: Geometry | null): Geometry | null {
  if (g?.type !== 'GeometryCollection') return g;
  const parts: { type: string; coordinates: unknown }[] = [];
  for (const member of g.geometries) {
    const s = simplify(member);
    if (!s || s.type === 'GeometryCollection') return g;
    if (s.type.startsWith('Multi')) {
      for (const c of s.coordinates as unknown[])
        parts.push({ type: s.type.slice(5), coordinates: c });
    } else {
      parts.push({ type: s.type, coordinates: s.coordinates });
    }
  }
  const type = parts[0]?.type;
  const multi = type === undefined ? undefined : MULTI[type];
  if (!multi || parts.some((p) => p.type !== type)) return g;
  return { type: multi, coordinates: parts.map((p) => p.coordinates) } as Geometry;
}

function kmlText(bytes: Uint8Array, format: 'kml' | 'kmz'): string {
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (format === 'kml' && !zipped) return decodeText(bytes).text;
  const files = unzip(bytes);
  const kmls = findByExtension(files, '.kml');
  const main = kmls.find(([n]) => n.toLowerCase() === 'doc.kml') ?? kmls[0];
  if (!main) return fail('import.error.noKml');
  return decodeText(main[1]).text;
}

/** Parses KML (or KMZ: zipped KML) with @tmcw/togeojson over xmldom, which works in a worker. */
export function parseKml(bytes: Uint8Array, format: 'kml' | 'kmz'): ParsedFile {
  const text = kmlText(bytes, format);
  let doc: Document;
  try {
    // onError replaces xmldom's console logging; a fatal error still throws. xmldom never
    // fetches external entities, so a hostile file cannot make it read anything else.
    const parser = new DOMParser({ onError: () => {} });
    doc = parser.parseFromString(text, 'text/xml') as unknown as Document;
  } catch (error) {
    return fail('import.error.badKml', { detail: String(error).slice(0, 160) });
  }
  if (doc.documentElement?.nodeName.toLowerCase() !== 'kml') {
    return fail('import.error.badKml', { detail: 'no <kml> root element' });
  }
  const collection = kml(doc);
  return {
    format,
    items: collection.features.map((f, index) => ({
      index,
      geometry: simplify(f.geometry),
      properties: f.properties,
    })),
    fields: null,
    itemKind: 'feature',
    skipped: [],
    warnings: [],
    // KML is WGS-84 by definition (OGC KML 2.2 §6.2), but files exported from Chinese map
    // services are often GCJ-02: no hint, so the default reading gets the offset check.
    crsHint: null,
  };
}
