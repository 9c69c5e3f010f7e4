import { combine, parseDbf, parseShp } from 'shpjs';
import { readWkt } from '../../geo/wkt-crs';
import { fail, issue } from './import-error';
import type { ParsedFile } from './parsed-file';
import { findByExtension, unzip } from './unzip';

function sibling(
  files: Record<string, Uint8Array>,
  base: string,
  ext: string,
): Uint8Array | undefined {
  const want = `${base}.${ext}`.toLowerCase();
  return Object.entries(files).find(([n]) => n.toLowerCase() === want)?.[1];
}

/** The .dbf text encoding: the .cpg's, else UTF-8 when the bytes are valid UTF-8, else GBK. */
function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): string {
  if (cpg) return new TextDecoder().decode(cpg).trim();
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf);
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/**
 * Reads a zipped Shapefile with shpjs: geometry (.shp), attributes (.dbf, encoding from .cpg)
 * and the coordinate system from .prj, which finishImport converts. shpjs is given no .prj so
 * that the CRS decision (and refusal by name) stays ours.
 */
export function parseShapefile(bytes: Uint8Array): ParsedFile {
  const files = unzip(bytes);
  const shps = findByExtension(files, '.shp');
  const first = shps[0];
  if (!first) return fail('import.error.noShapefile');
  const [shpName, shp] = first;
  const base = shpName.slice(0, -4);
  const dbf = sibling(files, base, 'dbf');
  const prj = sibling(files, base, 'prj');
  let collection: ReturnType<typeof combine>;
  try {
    const geometries = parseShp(shp);
    const rows = dbf ? parseDbf(dbf, dbfEncoding(dbf, sibling(files, base, 'cpg'))) : undefined;
    collection = combine([geometries, rows]);
  } catch (error) {
    return fail('import.error.badShapefile', { detail: String(error).slice(0, 160) });
  }
  const warnings =
    shps.length > 1
      ? [issue('import.warning.extraLayers', { count: shps.length, name: base })]
      : [];
  return {
    format: 'shapefile',
    items: collection.features.map((f, index) => ({
      index,
      geometry: f.geometry,
      properties: f.properties,
    })),
    fields: null,
    itemKind: 'feature',
    skipped: [],
    warnings,
    crsHint: prj ? readWkt(new TextDecoder().decode(prj)) : { missingPrj: true },
  };
}
