import type { Position } from 'geojson';
import proj4 from 'proj4';
import type { ImportCrs } from '../../domain/import';
import { convertPosition } from '../../geo/crs';
import { fail } from './import-error';

/** A function taking a position in `crs` to WGS-84 [lng, lat] (altitude dropped). */
export function toWgs84(crs: ImportCrs): (p: Position) => Position {
  switch (crs.kind) {
    case 'wgs84':
      return (p) => [p[0] as number, p[1] as number];
    case 'gcj02':
      return (p) => convertPosition(p, 'GCJ-02', 'WGS-84');
    case 'bd09':
      return (p) => convertPosition(p, 'BD-09', 'WGS-84');
    case 'projected': {
      let converter: proj4.Converter;
      try {
        converter = proj4(crs.proj4, 'WGS84');
      } catch {
        return fail('import.error.unsupportedCrs', { name: crs.name });
      }
      return (p) => converter.forward([p[0] as number, p[1] as number]);
    }
  }
}
