import type { Position } from 'geojson';
import type { ImportCrs, ImportOptions, ImportResult } from '../../domain/import';
import { gaussKrugerFromEasting } from '../../geo/projected-crs';
import { fail, issue } from './import-error';
import type { ParsedFile } from './parsed-file';

export interface CrsChoice {
  crs: ImportCrs;
  source: ImportResult['crsSource'];
}

/** True when a position cannot be degrees (|x| > 360 or |y| > 180): metres of a projection. */
function looksProjected(p: Position): boolean {
  return Math.abs(p[0] as number) > 360 || Math.abs(p[1] as number) > 180;
}

/**
 * The CRS to read the file in: the user's declaration, else what the file says (.prj, a
 * GeoJSON `crs` member), else a 3° Gauss-Krüger zone read from 8-digit eastings, else WGS-84.
 * Projected-looking values with no named system are refused rather than guessed.
 */
export function chooseCrs(
  parsed: ParsedFile,
  options: ImportOptions,
  firstPositions: readonly Position[],
): CrsChoice {
  if (options.crs) return { crs: options.crs, source: 'declared' };
  const hint = parsed.crsHint;
  if (hint && 'unsupported' in hint)
    return fail('import.error.unsupportedCrs', { name: hint.unsupported });
  if (hint && 'crs' in hint) return { crs: hint.crs, source: 'prj' };
  // The first 1,000 items decide: a file is in one system throughout.
  const head = firstPositions.slice(0, 1000);
  const projected = head.filter(looksProjected);
  if (projected.length * 2 > head.length) {
    const [x, y] = projected[0] as Position;
    const gk = gaussKrugerFromEasting(x as number, y as number);
    if (gk && gk.kind === 'projected') {
      parsed.warnings.push(issue('import.warning.crsDetected', { name: gk.name }));
      return { crs: gk, source: 'detected' };
    }
    return fail(hint ? 'import.error.noPrj' : 'import.error.projectedNoCrs');
  }
  if (hint && 'missingPrj' in hint) parsed.warnings.push(issue('import.warning.noPrjAssumedWgs84'));
  return { crs: { kind: 'wgs84' }, source: 'default' };
}
