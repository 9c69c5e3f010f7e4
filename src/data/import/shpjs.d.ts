// shpjs ships no types; these are the three functions the importer uses (lib/index.js).
declare module 'shpjs' {
  import type { FeatureCollection, Geometry } from 'geojson';
  export function parseShp(shp: Uint8Array, prj?: string): (Geometry | null)[];
  export function parseDbf(dbf: Uint8Array, cpg?: string): Record<string, unknown>[];
  export function combine(
    parts: [(Geometry | null)[], Record<string, unknown>[] | undefined],
  ): FeatureCollection<Geometry | null>;
}
