import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type {
  ImportedProperties,
  ImportIssue,
  ImportOptions,
  ImportResult,
} from '../../domain/import';
import { mapPositions } from '../../geo/crs-positions';
import { ringSignedArea2 } from '../../geo/ring';
import { checkGeometry } from './check-geometry';
import { toWgs84 } from './convert-crs';
import { chooseCrs } from './detect-crs';
import { flattenProperties } from './flatten-properties';
import { ImportError, issue } from './import-error';
import { importResult } from './import-result';
import type { ParsedFile } from './parsed-file';
import { firstPosition } from './positions';
import { checkRanges } from './range-check';
import { createPacer, mapPaced } from './read-blob';

interface Checked {
  index: number;
  geometry: Geometry;
  properties: unknown;
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise. */
function rewind(g: Geometry): Geometry {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return g;
  const fix = (rings: Position[][]) =>
    rings.map((r, i) => (ringSignedArea2(r) > 0 === (i === 0) ? r : [...r].reverse()));
  return g.type === 'Polygon'
    ? ({ type: 'Polygon', coordinates: fix(g.coordinates) } satisfies Polygon)
    : ({ type: 'MultiPolygon', coordinates: g.coordinates.map(fix) } satisfies MultiPolygon);
}

export interface FinishContext {
  /** The district outline (WGS-84) for the offset check; omitted, no check is made. */
  district?: Polygon | MultiPolygon;
}

async function checkAll(parsed: ParsedFile, skipped: ImportIssue[], pace: () => Promise<void>) {
  const checked: Checked[] = [];
  const results = await mapPaced(
    parsed.items,
    (item) => ({ item, r: checkGeometry(item.geometry, item.index) }),
    pace,
  );
  for (const { item, r } of results) {
    if ('issue' in r) skipped.push(r.issue);
    else checked.push({ index: item.index, geometry: r.geometry, properties: item.properties });
  }
  return checked;
}

/**
 * The checks and conversions every format shares: geometry structure, CRS choice and
 * conversion to WGS-84, coordinate ranges (and swapped lat/lng), RFC 7946 winding, flat
 * properties, the offset check. Throws the first problem when no item survives. Paced, so
 * an abort is seen within ~40 ms.
 */
export async function finishImport(
  parsed: ParsedFile,
  fileName: string,
  byteSize: number,
  options: ImportOptions,
  context: FinishContext,
  signal?: AbortSignal,
): Promise<ImportResult> {
  if (parsed.table) {
    const { finishTable } = await import('./finish-table');
    return finishTable(parsed, parsed.table, fileName, byteSize, options, context, signal);
  }
  const pace = createPacer(signal);
  const skipped: ImportIssue[] = [...parsed.skipped];
  const checked = await checkAll(parsed, skipped, pace);
  if (checked.length === 0) throw new ImportError(skipped[0] ?? issue('import.error.empty'));
  const firsts = checked.slice(0, 1000).map((c) => firstPosition(c.geometry));
  const { crs, source } = chooseCrs(parsed, options, firsts);
  const convert = await toWgs84(crs);
  // Even WGS-84 is mapped: it drops altitude.
  const converted = await mapPaced(
    checked,
    (c) => ({ ...c, geometry: mapPositions(c.geometry, convert) }),
    pace,
  );
  const ranged = await checkRanges(converted, parsed, skipped, pace);
  if (ranged.length === 0) throw new ImportError(skipped[0] ?? issue('import.error.empty'));
  const fieldSet = new Set<string>(parsed.fields ?? []);
  const types = new Set<string>();
  const features = await mapPaced(
    ranged,
    (c): Feature<Geometry, ImportedProperties> => {
      types.add(c.geometry.type);
      const properties = flattenProperties(c.properties, fieldSet);
      return { type: 'Feature', geometry: rewind(c.geometry), properties };
    },
    pace,
  );
  return importResult(
    {
      parsed,
      fileName,
      byteSize,
      features,
      fields: [...fieldSet],
      geometryTypes: [...types].sort(),
      choice: { crs, source },
      skipped,
    },
    context,
    () => mapPaced(features, (f) => firstPosition(f.geometry), pace),
  );
}
