import type { ImportFormat, ImportOptions, ImportResult } from '../../domain/import';
import { type FinishContext, finishImport } from './finish-import';
import { fail, throwIfCancelled } from './import-error';
import { parseGeoJson } from './parse-geojson';
import type { ParsedFile } from './parsed-file';
import { type ProgressFn, readAll } from './read-blob';

/** The largest file the importer reads, as for the app's other data files. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const BY_EXTENSION: Record<string, ImportFormat> = {
  geojson: 'geojson',
  json: 'geojson',
  csv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  kml: 'kml',
  kmz: 'kmz',
  zip: 'shapefile',
};

/** The format from the file name, else from the first bytes (zip, JSON, XML). */
export async function detectFormat(file: Blob, fileName: string): Promise<ImportFormat | null> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const known = BY_EXTENSION[ext];
  if (known) return known;
  const head = new TextDecoder().decode(await file.slice(0, 64).arrayBuffer()).trimStart();
  if (head.startsWith('PK')) return 'shapefile';
  if (head.startsWith('{') || head.startsWith('\uFEFF{')) return 'geojson';
  if (head.startsWith('<')) return 'kml';
  return null;
}

async function parse(
  format: ImportFormat,
  file: Blob,
  options: ImportOptions,
  onProgress?: ProgressFn,
  signal?: AbortSignal,
): Promise<ParsedFile> {
  if (format === 'geojson') return parseGeoJson(file, onProgress, signal);
  const bytes = await readAll(file, onProgress, signal);
  // Each parser is its own chunk, fetched only when a file of its kind arrives.
  switch (format) {
    case 'csv':
      return (await import('./parse-csv')).parseCsv(bytes, options);
    case 'xlsx':
      return (await import('./parse-xlsx')).parseXlsx(bytes, options);
    case 'kml':
    case 'kmz':
      return (await import('./parse-kml')).parseKml(bytes, format);
    case 'shapefile':
      return (await import('./parse-shapefile')).parseShapefile(bytes);
  }
}

/**
 * Imports one file: checks its size, reads it with progress (GeoJSON streamed), parses it by
 * format, then checks, converts to WGS-84 and flattens it (finishImport). Pure apart from
 * reading the Blob, so it runs the same in the worker and in Node tests. Rejects with an
 * ImportError; `signal` makes it stop with import.error.cancelled between chunks.
 */
export async function importFile(
  file: Blob,
  fileName: string,
  options: ImportOptions,
  onProgress?: ProgressFn,
  signal?: AbortSignal,
  context: FinishContext = {},
): Promise<ImportResult> {
  throwIfCancelled(signal);
  if (file.size > MAX_IMPORT_BYTES) {
    fail('import.error.tooLarge', {
      size: (file.size / 2 ** 20).toFixed(1),
      limit: MAX_IMPORT_BYTES / 2 ** 20,
    });
  }
  if (file.size === 0) fail('import.error.empty');
  const format = await detectFormat(file, fileName);
  if (!format) return fail('import.error.unsupportedFormat', { name: fileName.slice(0, 120) });
  const parsed = await parse(format, file, options, onProgress, signal);
  throwIfCancelled(signal);
  return finishImport(parsed, fileName, file.size, options, context, signal);
}
