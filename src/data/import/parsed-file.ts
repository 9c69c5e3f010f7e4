import type { ImportCrs, ImportFormat, ImportIssue } from '../../domain/import';

/** One row or feature as a parser found it: geometry not yet checked, properties not flattened. */
export interface RawItem {
  index: number;
  geometry: unknown;
  properties: unknown;
}

/** What a format's parser hands to the shared checks (finish-import.ts). */
export interface ParsedFile {
  format: ImportFormat;
  items: RawItem[];
  /** Header order for tables; null to take the properties' keys in order of appearance. */
  fields: string[] | null;
  /** 'row' for tables (messages name the spreadsheet row), 'feature' otherwise. */
  itemKind: 'row' | 'feature';
  skipped: ImportIssue[];
  warnings: ImportIssue[];
  /** What the file itself says about its CRS (.prj, a GeoJSON `crs` member; KML is WGS-84). */
  crsHint: { crs: ImportCrs } | { unsupported: string } | { missingPrj: true } | null;
}
