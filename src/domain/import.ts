import type { Feature, Geometry } from 'geojson';

/**
 * The contract between the file importer (parsing, CRS detection and conversion, in a worker)
 * and the import UI (user layers, field mapping, persistence). Everything past this boundary
 * is WGS-84 `[lng, lat]`.
 */

/** File formats the importer reads. */
export type ImportFormat = 'geojson' | 'csv' | 'xlsx' | 'kml' | 'kmz' | 'shapefile';

/** The coordinate system a file was read in. CGCS2000 geographic (EPSG:4490) counts as WGS-84. */
export type ImportCrs =
  | { kind: 'wgs84' }
  | { kind: 'gcj02' }
  | { kind: 'bd09' }
  | { kind: 'projected'; epsg: number | null; name: string; proj4: string };

/** A problem with one row or feature (or the whole file), rendered through i18n. */
export interface ImportIssue {
  /** 0-based data row (CSV/XLSX, header excluded) or feature index; null for the whole file. */
  index: number | null;
  /** i18n message key, e.g. 'import.error.noCoordinateColumns'. */
  code: string;
  params?: Record<string, string | number>;
}

export interface ImportOptions {
  /** The CRS the user declared; null lets the importer read it (.prj) or detect it. */
  crs: ImportCrs | null;
  /** CSV/XLSX coordinate columns; null or absent lets the importer guess from the headers. */
  lngField?: string | null;
  latField?: string | null;
}

export type ImportedProperties = Record<string, string | number | boolean | null>;

export interface ImportResult {
  format: ImportFormat;
  fileName: string;
  byteSize: number;
  /** Features in WGS-84 `[lng, lat]`; properties flattened to scalars. */
  features: Feature<Geometry, ImportedProperties>[];
  /** Property names in file order (for CSV/XLSX, the header order). */
  fields: string[];
  /** Distinct geometry types, e.g. ['Point'] or ['Polygon', 'MultiPolygon']. */
  geometryTypes: string[];
  /** The CRS the file was in (coordinates have been converted from it to WGS-84). */
  crs: ImportCrs;
  crsSource: 'declared' | 'prj' | 'detected' | 'default';
  /**
   * Set when the data looks offset: e.g. read as WGS-84 most points fall just outside the
   * district while the GCJ-02 reading puts them inside. Shares are 0..1.
   */
  offsetWarning: { suggested: ImportCrs; insideAsRead: number; insideSuggested: number } | null;
  /** Rows or features that were not imported, with the reason. */
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/** Messages from the main thread to the import worker. */
export type ImportRequest =
  | { type: 'import'; id: number; file: Blob; fileName: string; options: ImportOptions }
  | { type: 'cancel'; id: number };

/**
 * Messages from the import worker to the main thread. Features travel in 'features' chunks
 * before 'done' (whose result.features is then empty): one message of 100,000 features took
 * the main thread a multi-second task to receive. The client (import-client.ts) reassembles.
 */
export type ImportResponse =
  | { type: 'progress'; id: number; loaded: number; total: number }
  | { type: 'features'; id: number; features: ImportResult['features'] }
  | { type: 'done'; id: number; result: ImportResult }
  | { type: 'error'; id: number; error: ImportIssue };
