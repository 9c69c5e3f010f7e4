import type { Geometry, Position } from 'geojson';
import type { ImportIssue } from '../../domain/import';
import { mapPositions } from '../../geo/crs-positions';
import { issue } from './import-error';
import type { ParsedFile } from './parsed-file';
import { somePosition } from './positions';
import { mapPaced } from './read-blob';

interface Item {
  index: number;
  geometry: Geometry;
  properties: unknown;
}

export type Verdict = 'ok' | 'swapped' | 'out';

export function verdictOf(p: Position): Verdict {
  const lng = p[0] as number;
  const lat = p[1] as number;
  if (Math.abs(lng) <= 180 && Math.abs(lat) <= 90) return 'ok';
  // A latitude past 90° that would be a valid longitude, with a longitude that would be a
  // valid latitude: the columns were swapped (China's longitudes are all above 73°).
  return Math.abs(lat) <= 180 && Math.abs(lng) <= 90 ? 'swapped' : 'out';
}

/** The first position that is not 'ok', and its verdict. */
const OK: { verdict: Verdict; at: Position | null } = { verdict: 'ok', at: null };

function worst(g: Geometry): { verdict: Verdict; at: Position | null } {
  let found = OK;
  somePosition(g, (p) => {
    const v = verdictOf(p);
    if (v !== 'ok') found = { verdict: v, at: p };
    return v !== 'ok';
  });
  return found;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

function problem(
  kind: ParsedFile['itemKind'],
  verdict: Verdict,
  index: number,
  at: Position,
): ImportIssue {
  const where = kind === 'row' ? { row: index + 2 } : { feature: index + 1 };
  const code =
    kind === 'row'
      ? verdict === 'swapped'
        ? 'import.error.rowSwapped'
        : 'import.error.rowOutOfRange'
      : verdict === 'swapped'
        ? 'import.error.swapped'
        : 'import.error.outOfRange';
  return issue(code, { ...where, lng: round(at[0] as number), lat: round(at[1] as number) }, index);
}

/** The issue of a table row whose point is swapped or out of range (0-based data row). */
export function rowProblem(verdict: Verdict, index: number, at: Position): ImportIssue {
  return problem('row', verdict, index, at);
}

/**
 * Keeps items whose WGS-84 coordinates are in range. When most items look swapped (latitude
 * column holding longitudes), every item is swapped back and a warning says so; otherwise a
 * swapped or out-of-range item is skipped with the reason.
 */
export async function checkRanges(
  items: Item[],
  parsed: ParsedFile,
  skipped: ImportIssue[],
  pace: () => Promise<void>,
): Promise<Item[]> {
  const verdicts = await mapPaced(items, (it) => worst(it.geometry), pace);
  const swapped = verdicts.filter((v) => v.verdict === 'swapped').length;
  if (swapped * 2 > items.length) {
    parsed.warnings.push(issue('import.warning.swappedLatLng'));
    const swap = (p: Position): Position => [p[1] as number, p[0] as number];
    return checkRanges(
      await mapPaced(items, (it) => ({ ...it, geometry: mapPositions(it.geometry, swap) }), pace),
      parsed,
      skipped,
      pace,
    );
  }
  return items.filter((it, i) => {
    const v = verdicts[i] as { verdict: Verdict; at: Position | null };
    if (v.verdict === 'ok') return true;
    skipped.push(problem(parsed.itemKind, v.verdict, it.index, v.at as Position));
    return false;
  });
}
