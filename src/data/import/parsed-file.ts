import type { Feature, Point } from 'geojson';
import type { ImportCrs, ImportedProperties, ImportFormat, ImportIssue } from '../../domain/import';

/** One row or feature as a parser found it: geometry not yet checked, properties not flattened. */
export interface RawItem {
  index: number;
  geometry: unknown;
  properties: unknown;
}

/**
 * Table rows (CSV/XLSX) built straight into their final features, WGS-84 still to be checked:
 * one object per row instead of an item and then a feature (the 100,000-row budget).
 */
export interface TableRows {
  features: Feature<Point, ImportedProperties>[];
  /** 0-based data row of each feature (header excluded). */
  rows: number[];
}

/** What a format's parser hands to the shared checks (finish-import.ts). */
export interface ParsedFile {
  format: ImportFormat;
  items: RawItem[];
  /** Header order for tables; null to take the properties' keys in order of appearance. */
  fields: string[] | null;
  /** Set for tables ('row' items), whose `items` then stay empty. */
  table?: TableRows;
  /** 'row' for tables (messages name the spreadsheet row), 'feature' otherwise. */
  itemKind: 'row' | 'feature';
  skipped: ImportIssue[];
  warnings: ImportIssue[];
  /** What the file itself says about its CRS (.prj, a GeoJSON `crs` member; KML is WGS-84). */
  crsHint: { crs: ImportCrs } | { unsupported: string } | { missingPrj: true } | null;
}
