import type { ImportFormat, ImportOptions } from '../../domain/import';
import { coordinateColumns, fieldNames } from './coordinate-columns';
import { fail, issue } from './import-error';
import type { ParsedFile, RawItem } from './parsed-file';

export type Cell = string | number | boolean | null | undefined;

function toNumber(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return Number.NaN;
  const s = cell.trim();
  return s === '' ? Number.NaN : Number(s);
}

function toValue(cell: Cell): string | number | boolean | null {
  if (cell === undefined || cell === null || cell === '') return null;
  return cell;
}

/**
 * Turns a table (first row = header) into point items: coordinates from the longitude and
 * latitude columns, every column (coordinates included) kept as a property. A row whose
 * coordinates are blank or not numbers is skipped and named by its spreadsheet row number.
 */
export function tableToParsed(
  rows: readonly (readonly Cell[])[],
  format: ImportFormat,
  options: ImportOptions,
): ParsedFile {
  const header = rows[0];
  if (!header || header.every((c) => toValue(c) === null)) return fail('import.error.empty');
  if (rows.length < 2) return fail('import.error.noRows');
  const names = header.map((c) => String(c ?? ''));
  const { lng, lat } = coordinateColumns(names, options.lngField, options.latField);
  const fields = fieldNames(names);
  const out: ParsedFile = {
    format,
    items: [],
    fields,
    itemKind: 'row',
    skipped: [],
    warnings: [],
    crsHint: null,
  };
  // Every row's properties start as a copy of one template, so they share one object shape.
  const template: Record<string, null> = {};
  for (const f of fields) template[f] = null;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as readonly Cell[];
    const index = r - 1;
    const x = toNumber(row[lng]);
    const y = toNumber(row[lat]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (row.every((c) => toValue(typeof c === 'string' ? c.trim() : c) === null)) continue;
      out.skipped.push(issue('import.error.rowNoCoordinates', { row: r + 1 }, index));
      continue;
    }
    const properties: Record<string, string | number | boolean | null> = { ...template };
    for (let c = 0; c < fields.length; c++) properties[fields[c] as string] = toValue(row[c]);
    const item: RawItem = { index, geometry: { type: 'Point', coordinates: [x, y] }, properties };
    out.items.push(item);
  }
  return out;
}
