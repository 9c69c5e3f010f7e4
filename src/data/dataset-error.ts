import type { ValidationError } from './validation-types';

/** Why a dataset could not be used; the UI turns the code into a message in the user's language. */
export type DatasetErrorCode = 'network' | 'json' | 'invalid' | 'too-large';

export class DatasetError extends Error {
  readonly code: DatasetErrorCode;
  readonly status: number | null;
  /** Validation problems as codes, so the banner renders them in the current language. */
  readonly problems: readonly ValidationError[];
  /** For 'too-large': how much had arrived when reading stopped. */
  readonly bytes: number | null;

  constructor(
    code: DatasetErrorCode,
    detail: { status?: number; problems?: ValidationError[]; bytes?: number } = {},
  ) {
    super(`dataset ${code}${detail.status ? ` (HTTP ${detail.status})` : ''}`);
    this.name = 'DatasetError';
    this.code = code;
    this.status = detail.status ?? null;
    this.problems = detail.problems ?? [];
    this.bytes = detail.bytes ?? null;
  }
}

/** Largest data file read (100 MB): a bigger one is stopped while it streams in. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Reads a body as text, stopping (and cancelling the download) past maxBytes. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new DatasetError('too-large', { bytes: declared });
  }
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw new DatasetError('too-large', { bytes });
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetches JSON; network failures, non-JSON bodies and bodies over maxBytes become
 * DatasetErrors, never raw throws. Redirects are refused: a same-origin URL that redirects
 * elsewhere must not make us read another site's data.
 */
export async function fetchJson(
  url: string,
  signal?: AbortSignal,
  maxBytes = MAX_FILE_BYTES,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'error', ...(signal ? { signal } : {}) });
  } catch {
    throw new DatasetError('network', { status: 0 });
  }
  if (!response.ok) throw new DatasetError('network', { status: response.status });
  let text: string;
  try {
    text = await readCapped(response, maxBytes);
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError('network', { status: 0 });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DatasetError('json');
  }
}
