import type { Feature, Geometry } from 'geojson';
import type { ImportCrs, ImportedProperties, ImportFormat, ImportIssue } from '../../domain/import';
import type { ZoneId } from '../../domain/zone';

/** The record fields a point layer's columns can be mapped to. */
export const MAPPED_FIELDS = [
  'name',
  'name_en',
  'industry',
  'category',
  'status',
  'year',
  'investment',
  'zone',
  'address',
  'synthetic',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Target field → source column (null when not mapped). */
export type FieldMapping = Record<MappedField, string | null>;

/** What a user layer is used as, besides being drawn. */
export type LayerUse =
  | { kind: 'none' }
  | {
      kind: 'enterprises' | 'projects';
      mapping: FieldMapping;
      /** add to the built-in records, or replace them. */
      mode: 'add' | 'replace';
    }
  | { kind: 'zone'; zoneId: ZoneId }
  /** Added as a zone of its own (a user zone, see domain/user-zone.ts), named by the user. */
  | { kind: 'newZone'; name_zh: string; name_en: string };

/** An imported file, as drawn, listed and stored in IndexedDB. */
export interface UserLayer {
  id: string;
  name: string;
  colour: string;
  visible: boolean;
  fileName: string;
  byteSize: number;
  /** ISO timestamp of the import. */
  importedAt: string;
  format: ImportFormat;
  crs: ImportCrs;
  crsSource: 'declared' | 'prj' | 'detected' | 'default';
  features: Feature<Geometry, ImportedProperties>[];
  fields: string[];
  geometryTypes: string[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
  offsetWarning: { suggested: ImportCrs; insideAsRead: number; insideSuggested: number } | null;
  use: LayerUse;
}

/**
 * Colours for imported layers from Paul Tol's muted scheme, chosen to differ from the zone and
 * industry colours (Okabe–Ito) so an imported point is not mistaken for a built-in one.
 */
export const LAYER_COLOURS = ['#332288', '#882255', '#117733', '#999933', '#44AA99', '#AA4499'];

/** A layer made only of points can feed the enterprise or project lists. */
export function isPointLayer(layer: Pick<UserLayer, 'geometryTypes'>): boolean {
  return layer.geometryTypes.length > 0 && layer.geometryTypes.every((t) => t === 'Point');
}

/** A layer holding polygons can stand in for a zone's extent. */
export function hasPolygons(layer: Pick<UserLayer, 'geometryTypes'>): boolean {
  return layer.geometryTypes.some((t) => t === 'Polygon' || t === 'MultiPolygon');
}
