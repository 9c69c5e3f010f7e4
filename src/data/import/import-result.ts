import type { Position } from 'geojson';
import type { ImportIssue, ImportResult } from '../../domain/import';
import type { CrsChoice } from './detect-crs';
import type { FinishContext } from './finish-import';
import { checkOffset } from './offset-check';
import type { ParsedFile } from './parsed-file';

/** What finishImport and finishTable know once their features are checked and converted. */
export interface FinishedParts {
  parsed: ParsedFile;
  fileName: string;
  byteSize: number;
  features: ImportResult['features'];
  fields: string[];
  geometryTypes: string[];
  choice: CrsChoice;
  skipped: ImportIssue[];
}

/**
 * The ImportResult both finish paths return: skipped items in file order, and the offset
 * check only when the CRS was assumed (a declared or named CRS is the user's or file's word).
 * `firstPositions` is called only then, so a path pays for the positions only when checked.
 */
export async function importResult(
  parts: FinishedParts,
  context: FinishContext,
  firstPositions: () => readonly Position[] | Promise<readonly Position[]>,
): Promise<ImportResult> {
  const { parsed, choice, skipped } = parts;
  skipped.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  const offsetWarning =
    choice.source === 'default' && context.district
      ? checkOffset(await firstPositions(), context.district)
      : null;
  return {
    format: parsed.format,
    fileName: parts.fileName,
    byteSize: parts.byteSize,
    features: parts.features,
    fields: parts.fields,
    geometryTypes: parts.geometryTypes,
    crs: choice.crs,
    crsSource: choice.source,
    offsetWarning,
    skipped,
    warnings: parsed.warnings,
  };
}
