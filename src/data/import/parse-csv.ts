import Papa from 'papaparse';
import type { ImportOptions } from '../../domain/import';
import { decodeText } from './decode-text';
import { issue } from './import-error';
import type { ParsedFile } from './parsed-file';
import { tableToParsed } from './table-items';

/** Parses CSV bytes (UTF-8, UTF-8 BOM, UTF-16 with BOM or GB18030, detected) with papaparse. */
export function parseCsv(bytes: Uint8Array, options: ImportOptions): ParsedFile {
  const { text, encoding } = decodeText(bytes);
  // Default options (no skipEmptyLines, which costs per row): blank rows are dropped by
  // tableToParsed instead.
  const rows = Papa.parse<string[]>(text).data;
  const parsed = tableToParsed(rows, 'csv', options);
  if (encoding === 'gb18030') {
    parsed.warnings.push(issue('import.warning.decodedAs', { encoding: 'GBK/GB18030' }));
  }
  return parsed;
}
