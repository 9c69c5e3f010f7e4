import { readSheet } from 'read-excel-file/universal';
import type { ImportOptions } from '../../domain/import';
import { fail } from './import-error';
import type { ParsedFile } from './parsed-file';
import { type Cell, tableToParsed } from './table-items';

function cell(value: unknown): Cell {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}

/** Reads the first sheet of an .xlsx with read-excel-file (fflate + a SAX parser, worker-safe). */
export async function parseXlsx(bytes: Uint8Array, options: ImportOptions): Promise<ParsedFile> {
  let rows: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    rows = await readSheet(buffer as ArrayBuffer);
  } catch (error) {
    return fail('import.error.badXlsx', { detail: String(error).slice(0, 160) });
  }
  return tableToParsed(
    rows.map((r) => r.map(cell)),
    'xlsx',
    options,
  );
}
