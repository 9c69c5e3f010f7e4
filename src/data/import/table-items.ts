import type { Feature, Point } from 'geojson';
import type { ImportedProperties, ImportFormat, ImportOptions } from '../../domain/import';
import { coordinateColumns, fieldNames } from './coordinate-columns';
import { fail, issue } from './import-error';
import { parseDecimal } from './parse-decimal';
import type { ParsedFile, TableRows } from './parsed-file';

export type Cell = string | number | boolean | null | undefined;

function toNumber(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return Number.NaN;
  // Number() ignores surrounding blanks itself; only a blank cell must not read as 0.
  const n = parseDecimal(cell);
  return n === 0 && cell.trim() === '' ? Number.NaN : n;
}

function isBlank(row: readonly Cell[]): boolean {
  for (const c of row)
    if (!(c === undefined || c === null || String(c).trim() === '')) return false;
  return true;
}

/**
 * An object with every field set to null, all of them held in the object itself: JSON.parse
 * sizes an object for its keys, where adding keys one by one to `{}` spills all but four into
 * a second array — one more object per row for the garbage collector.
 */
function exactTemplate(fields: readonly string[]): Record<string, null> {
  const template: Record<string, null> = {};
  for (const f of fields) template[f] = null;
  return JSON.parse(JSON.stringify(template)) as Record<string, null>;
}

/**
 * Builds point features from a table row by row (first row = header), so a streaming parser's
 * rows die young: coordinates from the longitude and latitude columns, every column
 * (coordinates included) kept as a property. A row whose coordinates are blank or not
 * numbers is skipped and named by its spreadsheet row number; blank rows are dropped.
 * Rows become their final features at once (ranges and CRS are checked in finish-table.ts).
 */
export class TableBuilder {
  private out: ParsedFile | null = null;
  private table: TableRows = { features: [], rows: [] };
  private lng = 0;
  private lat = 0;
  private fields: string[] = [];
  /** The fields as the engine's own (internalized) key strings: no lookup per cell. */
  private keys: string[] = [];
  private template: Record<string, null> = {};
  private rowNumber = 0;

  constructor(
    private readonly format: ImportFormat,
    private readonly options: ImportOptions,
  ) {}

  add(row: readonly Cell[]): void {
    this.rowNumber++;
    if (!this.out) {
      this.start(row);
      return;
    }
    const x = toNumber(row[this.lng]);
    const y = toNumber(row[this.lat]);
    const index = this.rowNumber - 2;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (isBlank(row)) return;
      this.out.skipped.push(issue('import.error.rowNoCoordinates', { row: this.rowNumber }, index));
      return;
    }
    // Every row's properties start as a copy of one template, so they share one object shape.
    const properties: ImportedProperties = { ...this.template };
    const keys = this.keys;
    for (let c = 0; c < keys.length; c++) {
      const cell = row[c];
      properties[keys[c] as string] = cell === undefined || cell === '' ? null : cell;
    }
    const feature: Feature<Point, ImportedProperties> = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [x, y] },
      properties,
    };
    this.table.features.push(feature);
    this.table.rows.push(index);
  }

  /** Adds many rows (a parser's chunk). */
  addAll(rows: readonly (readonly Cell[])[]): void {
    for (let i = 0; i < rows.length; i++) this.add(rows[i] as readonly Cell[]);
  }

  finish(): ParsedFile {
    if (!this.out) return fail('import.error.empty');
    if (this.table.features.length === 0 && this.out.skipped.length === 0)
      fail('import.error.noRows');
    return this.out;
  }

  private start(header: readonly Cell[]): void {
    if (isBlank(header)) {
      this.rowNumber--;
      return;
    }
    const names = header.map((c) => String(c ?? ''));
    ({ lng: this.lng, lat: this.lat } = coordinateColumns(
      names,
      this.options.lngField,
      this.options.latField,
    ));
    this.fields = fieldNames(names);
    this.template = exactTemplate(this.fields);
    this.keys = this.fields.map((f) => Object.keys({ [f]: null })[0] as string);
    this.out = {
      format: this.format,
      items: [],
      table: this.table,
      fields: this.fields,
      itemKind: 'row',
      skipped: [],
      warnings: [],
      crsHint: null,
    };
  }
}

/** A whole table at once (XLSX). */
export function tableToParsed(
  rows: readonly (readonly Cell[])[],
  format: ImportFormat,
  options: ImportOptions,
): ParsedFile {
  const builder = new TableBuilder(format, options);
  builder.addAll(rows);
  return builder.finish();
}
