import type { Confidence, Crs, Provenance } from '../domain/provenance';
import { EntityDatasetError } from './entity-dataset-error';

const CRSES: readonly Crs[] = ['WGS-84', 'GCJ-02', 'BD-09'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const TEXT_KEYS = [
  'source_zh',
  'source_en',
  'conversion',
  'licence',
  'date',
  'note_zh',
  'note_en',
] as const;

/**
 * The `provenance` foreign member of a FeatureCollection, or null when it is missing or
 * incomplete (the UI then says the source is unknown). A file that declares its coordinates
 * are not WGS-84 is refused: drawn as they are they would sit ~500 m off.
 */
export function parseProvenance(value: unknown, dataset: string): Provenance | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.crs !== undefined && v.crs !== 'WGS-84') {
    throw new EntityDatasetError(
      'unsupported-crs',
      dataset,
      `coordinates are ${String(v.crs)}, not WGS-84`,
    );
  }
  const textsOk = TEXT_KEYS.every((k) => typeof v[k] === 'string');
  const ok =
    textsOk &&
    v.crs === 'WGS-84' &&
    CRSES.includes(v.original_crs as Crs) &&
    CONFIDENCES.includes(v.confidence as Confidence) &&
    typeof v.schematic === 'boolean' &&
    typeof v.synthetic === 'boolean';
  if (!ok) return null;
  return {
    source_zh: v.source_zh as string,
    source_en: v.source_en as string,
    original_crs: v.original_crs as Crs,
    crs: 'WGS-84',
    conversion: v.conversion as string,
    licence: v.licence as string,
    ...(typeof v.licence_zh === 'string' ? { licence_zh: v.licence_zh } : {}),
    date: v.date as string,
    confidence: v.confidence as Confidence,
    schematic: v.schematic as boolean,
    synthetic: v.synthetic as boolean,
    note_zh: v.note_zh as string,
    note_en: v.note_en as string,
  };
}
