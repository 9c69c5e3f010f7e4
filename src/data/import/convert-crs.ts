import type { Position } from 'geojson';
import type { Converter } from 'proj4';
import type { ImportCrs } from '../../domain/import';
import { convertPosition } from '../../geo/crs';
import { fail } from './import-error';

/** 7 decimals ≈ 1 cm: converted coordinates claim no more precision than the conversion has. */
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/**
 * A function taking a position in `crs` to WGS-84 [lng, lat] (altitude dropped). proj4 is
 * loaded only for projected systems.
 */
export async function toWgs84(crs: ImportCrs): Promise<(p: Position) => Position> {
  switch (crs.kind) {
    case 'wgs84':
      return (p) => [p[0] as number, p[1] as number];
    case 'gcj02':
    case 'bd09': {
      const from = crs.kind === 'gcj02' ? 'GCJ-02' : 'BD-09';
      return (p) => convertPosition(p, from, 'WGS-84').map(round7);
    }
    case 'projected': {
      const { default: proj4 } = await import('proj4');
      let converter: Converter;
      try {
        converter = proj4(crs.proj4, 'WGS84');
      } catch {
        return fail('import.error.unsupportedCrs', { name: crs.name });
      }
      return (p) => converter.forward<number[]>([p[0] as number, p[1] as number]).map(round7);
    }
  }
}
