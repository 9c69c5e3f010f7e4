import type { Feature } from 'geojson';

/** How sure we are of a shape, a point or a number. */
export type Confidence = 'high' | 'medium' | 'low';

export type Crs = 'WGS-84' | 'GCJ-02' | 'BD-09';

/**
 * Where a dataset came from. Stored as a foreign member `provenance` on every FeatureCollection
 * under data/geojson and shown in the UI. Coordinates in our files are always WGS-84.
 */
export interface Provenance {
  source_zh: string;
  source_en: string;
  /** Coordinate system of the original data, before any conversion. */
  original_crs: Crs;
  /** Coordinate system of the file: always WGS-84. */
  crs: 'WGS-84';
  /** How the coordinates were converted, or "none". */
  conversion: string;
  licence: string;
  /** The licence in Chinese; files without it show `licence` in both languages. */
  licence_zh?: string;
  /** ISO date of the source data or of our drawing. */
  date: string;
  confidence: Confidence;
  /** true when the shapes are our own schematic extents (示意范围). */
  schematic: boolean;
  /** true when any record is machine-generated (模拟数据). */
  synthetic: boolean;
  note_zh: string;
  note_en: string;
}

/**
 * A FeatureCollection carrying its provenance as the foreign member `provenance` (RFC 7946
 * §6.1); assignable to geojson's FeatureCollection.
 */
export interface ProvenancedCollection<F extends Feature> {
  type: 'FeatureCollection';
  provenance: Provenance;
  features: F[];
}
