import type { Position } from 'geojson';
import type { ImportCrs, ImportIssue, ImportOptions, ImportResult } from '../../domain/import';
import { toWgs84 } from './convert-crs';
import { chooseCrs } from './detect-crs';
import type { FinishContext } from './finish-import';
import { ImportError, issue } from './import-error';
import { importResult } from './import-result';
import type { ParsedFile, TableRows } from './parsed-file';
import { rowProblem, type Verdict, verdictOf } from './range-check';
import { createPacer } from './read-blob';

/** Rows between two pacer calls (a cancel is seen within ~40 ms either way). */
const PACE_ROWS = 4096;

/** Converts every row's point in place (the features are the parser's own, unshared). */
async function convertAll(table: TableRows, crs: ImportCrs, pace: () => Promise<void>) {
  if (crs.kind === 'wgs84') return;
  const convert = await toWgs84(crs);
  const { features } = table;
  for (let i = 0; i < features.length; i++) {
    if (i % PACE_ROWS === 0) await pace();
    const g = (features[i] as (typeof features)[number]).geometry;
    g.coordinates = convert(g.coordinates);
  }
}

/** Verdict codes per row (0 ok, 1 swapped, 2 out) and how many are swapped. */
function verdicts(table: TableRows): { codes: Uint8Array; swapped: number; bad: number } {
  const { features } = table;
  const codes = new Uint8Array(features.length);
  let swapped = 0;
  let bad = 0;
  for (let i = 0; i < features.length; i++) {
    const v = verdictOf((features[i] as (typeof features)[number]).geometry.coordinates);
    if (v === 'ok') continue;
    codes[i] = v === 'swapped' ? 1 : 2;
    bad++;
    if (v === 'swapped') swapped++;
  }
  return { codes, swapped, bad };
}

const VERDICT: readonly Verdict[] = ['ok', 'swapped', 'out'];

/**
 * Keeps rows in range; when most rows look swapped, swaps every row back (with a warning), as
 * checkRanges does for features. One pass, no per-row objects unless a row is dropped.
 */
function checkTableRanges(parsed: ParsedFile, table: TableRows, skipped: ImportIssue[]) {
  let v = verdicts(table);
  if (v.swapped * 2 > table.features.length) {
    parsed.warnings.push(issue('import.warning.swappedLatLng'));
    for (const f of table.features) {
      const c = f.geometry.coordinates;
      f.geometry.coordinates = [c[1] as number, c[0] as number];
    }
    v = verdicts(table);
  }
  if (v.bad === 0) return table.features;
  const kept: TableRows['features'] = [];
  table.features.forEach((f, i) => {
    const code = v.codes[i] as number;
    if (code === 0) kept.push(f);
    else
      skipped.push(
        rowProblem(VERDICT[code] as Verdict, table.rows[i] as number, f.geometry.coordinates),
      );
  });
  return kept;
}

/**
 * finishImport for tables (CSV/XLSX): rows are Points of finite numbers already, flat and
 * 2-D, so only the CRS (chosen, then converted in place), the ranges and the offset check
 * remain — each one pass over the rows, with no per-row allocation on the common path.
 */
export async function finishTable(
  parsed: ParsedFile,
  table: TableRows,
  fileName: string,
  byteSize: number,
  options: ImportOptions,
  context: FinishContext,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const pace = createPacer(signal);
  const skipped: ImportIssue[] = [...parsed.skipped];
  if (table.features.length === 0) throw new ImportError(skipped[0] ?? issue('import.error.empty'));
  const firsts: Position[] = table.features.slice(0, 1000).map((f) => f.geometry.coordinates);
  const { crs, source } = chooseCrs(parsed, options, firsts);
  await convertAll(table, crs, pace);
  await pace();
  const features = checkTableRanges(parsed, table, skipped);
  if (features.length === 0) throw new ImportError(skipped[0] ?? issue('import.error.empty'));
  await pace();
  return importResult(
    {
      parsed,
      fileName,
      byteSize,
      features,
      fields: [...(parsed.fields ?? [])],
      geometryTypes: ['Point'],
      choice: { crs, source },
      skipped,
    },
    context,
    () => features.map((f) => f.geometry.coordinates),
  );
}
