import Papa from 'papaparse';
import type { ImportOptions } from '../../domain/import';
import { decodeText } from './decode-text';
import { issue } from './import-error';
import type { ParsedFile } from './parsed-file';
import { TableBuilder } from './table-items';

/** Characters per papaparse chunk (~1 MB of text). */
const CHUNK_CHARS = 1 << 20;

/**
 * Parses CSV bytes (UTF-8, UTF-8 BOM, UTF-16 with BOM or GB18030, detected) with papaparse,
 * a chunk of rows at a time, so no array of 100,000 parsed rows outlives the parse (chunks cost
 * less than papaparse's per-row step callback, measured in scripts/bench/import-bench.ts).
 */
export function parseCsv(bytes: Uint8Array, options: ImportOptions): ParsedFile {
  const { text, encoding } = decodeText(bytes);
  const builder = new TableBuilder('csv', options);
  // papaparse streams a string in chunks synchronously; its types only list `chunk` for files.
  const config: Papa.ParseConfig<string[]> & {
    chunkSize: number;
    chunk: (results: Papa.ParseResult<string[]>) => void;
  } = { chunkSize: CHUNK_CHARS, chunk: (results) => builder.addAll(results.data) };
  Papa.parse<string[]>(text, config);
  const parsed = builder.finish();
  if (encoding === 'gb18030') {
    parsed.warnings.push(issue('import.warning.decodedAs', { encoding: 'GBK/GB18030' }));
  }
  return parsed;
}
