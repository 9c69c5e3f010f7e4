import type { ValidationError } from './validation-types';

/** Why a dataset could not be used; the UI turns the code into a message in the user's language. */
export type DatasetErrorCode = 'network' | 'json' | 'invalid';

export class DatasetError extends Error {
  readonly code: DatasetErrorCode;
  readonly status: number | null;
  /** Validation problems as codes, so the banner renders them in the current language. */
  readonly problems: readonly ValidationError[];

  constructor(
    code: DatasetErrorCode,
    detail: { status?: number; problems?: ValidationError[] } = {},
  ) {
    super(`dataset ${code}${detail.status ? ` (HTTP ${detail.status})` : ''}`);
    this.name = 'DatasetError';
    this.code = code;
    this.status = detail.status ?? null;
    this.problems = detail.problems ?? [];
  }
}

/** Fetches JSON; network failures and non-JSON bodies become DatasetErrors, never raw throws. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch {
    throw new DatasetError('network', { status: 0 });
  }
  if (!response.ok) throw new DatasetError('network', { status: response.status });
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DatasetError('json');
  }
}
