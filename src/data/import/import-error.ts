import type { ImportIssue } from '../../domain/import';

/** Message keys of whole-file failures and per-row problems (see i18n/messages/import-errors). */
export type ImportIssueCode = `import.${'error' | 'warning'}.${string}`;

/** A failed import: `issue` carries the i18n code and parameters the UI renders as text. */
export class ImportError extends Error {
  readonly issue: ImportIssue;

  constructor(issue: ImportIssue) {
    super(issue.code);
    this.name = 'ImportError';
    this.issue = issue;
  }
}

/** An issue about the whole file (index null) or one row/feature. */
export function issue(
  code: ImportIssueCode,
  params?: Record<string, string | number>,
  index: number | null = null,
): ImportIssue {
  return params ? { index, code, params } : { index, code };
}

/** Throws an ImportError for the whole file. */
export function fail(code: ImportIssueCode, params?: Record<string, string | number>): never {
  throw new ImportError(issue(code, params));
}

export const CANCELLED = 'import.error.cancelled';

/** Throws the cancellation error when the signal has been aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) fail(CANCELLED);
}
