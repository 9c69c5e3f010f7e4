import Papa from 'papaparse';
import type { ImportOptions } from '../../domain/import';
import { decodeText } from './decode-text';
import { issue } from './import-error';
import type { ParsedFile } from './parsed-file';
import { TableBuilder } from './table-items';

/**
 * Parses CSV bytes (UTF-8, UTF-8 BOM, UTF-16 with BOM or GB18030, detected) with papaparse,
 * row by row (step), so no array of 100,000 parsed rows outlives the parse.
 */
export function parseCsv(bytes: Uint8Array, options: ImportOptions): ParsedFile {
  const { text, encoding } = decodeText(bytes);
  const builder = new TableBuilder('csv', options);
  Papa.parse<string[]>(text, { step: (results) => builder.add(results.data) });
  const parsed = builder.finish();
  if (encoding === 'gb18030') {
    parsed.warnings.push(issue('import.warning.decodedAs', { encoding: 'GBK/GB18030' }));
  }
  return parsed;
}
