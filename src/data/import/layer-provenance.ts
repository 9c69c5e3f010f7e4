import type { ImportCrs } from '../../domain/import';
import type { Crs, Provenance } from '../../domain/provenance';
import type { UserLayer } from './user-layer';

/** A CRS as people write it: WGS-84, GCJ-02, BD-09, or `EPSG:4545 (CGCS2000 / 3-degree GK CM 105E)`. */
export function crsLabel(crs: ImportCrs): string {
  switch (crs.kind) {
    case 'wgs84':
      return 'WGS-84';
    case 'gcj02':
      return 'GCJ-02';
    case 'bd09':
      return 'BD-09';
    case 'projected':
      return crs.epsg === null ? crs.name : `EPSG:${crs.epsg} (${crs.name})`;
  }
}

/** How the file's coordinates were brought to WGS-84, or null when they already were. */
export function conversionLabel(crs: ImportCrs): string | null {
  switch (crs.kind) {
    case 'wgs84':
      return null;
    case 'gcj02':
    case 'bd09':
      return `${crsLabel(crs)} → WGS-84 (gcoord)`;
    case 'projected':
      return `${crsLabel(crs)} → WGS-84 (proj4)`;
  }
}

const ORIGINAL: Record<ImportCrs['kind'], Crs> = {
  wgs84: 'WGS-84',
  gcj02: 'GCJ-02',
  bd09: 'BD-09',
  // Provenance knows three systems; a projected one is named in `conversion`.
  projected: 'WGS-84',
};

/**
 * The provenance of records that come from imported files (and the built-in file when they
 * were added to it): the file names, the import date, the CRS and conversion.
 */
export function layerProvenance(
  layers: readonly Pick<UserLayer, 'fileName' | 'crs' | 'importedAt'>[],
  builtIn: Provenance | null,
): Provenance {
  const files = layers.map((l) => l.fileName).join(', ');
  const conversions = layers.map((l) => conversionLabel(l.crs) ?? 'none').join('; ');
  const date =
    layers
      .map((l) => l.importedAt.slice(0, 10))
      .sort()
      .at(-1) ?? '';
  const first = layers[0];
  return {
    source_zh: `导入文件：${files}${builtIn ? `；另有内置数据：${builtIn.source_zh}` : ''}`,
    source_en: `Imported file: ${files}${builtIn ? `; plus built-in data: ${builtIn.source_en}` : ''}`,
    original_crs: first ? ORIGINAL[first.crs.kind] : 'WGS-84',
    crs: 'WGS-84',
    conversion: conversions,
    licence: builtIn
      ? `${builtIn.licence}; imported file: as supplied by the user`
      : 'as supplied by the user',
    date,
    confidence: 'medium',
    schematic: false,
    synthetic: builtIn?.synthetic ?? false,
    note_zh: `用户于 ${date} 导入，内容未经本应用核实。${builtIn ? builtIn.note_zh : ''}`,
    note_en: `Imported by the user on ${date}; not checked by this app. ${builtIn ? builtIn.note_en : ''}`,
  };
}
