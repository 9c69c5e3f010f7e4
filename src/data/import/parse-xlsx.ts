import type { ImportOptions } from '../../domain/import';
import { fail } from './import-error';
import type { ParsedFile } from './parsed-file';

/** XLSX is not read yet: see the report. */
export function parseXlsx(_bytes: Uint8Array, _options: ImportOptions): ParsedFile {
  return fail('import.error.unsupportedFormat', { name: 'XLSX' });
}
