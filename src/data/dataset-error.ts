import type { ValidationError } from './validation-types';

/** Why a dataset could not be used; the UI turns the code into a message in the user's language. */
export type DatasetErrorCode = 'network' | 'json' | 'invalid' | 'too-large' | 'stalled';

export class DatasetError extends Error {
  readonly code: DatasetErrorCode;
  readonly status: number | null;
  /** Validation problems as codes, so the banner renders them in the current language. */
  readonly problems: readonly ValidationError[];
  /** For 'too-large' and 'stalled': how much had arrived when reading stopped. */
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

/**
 * A download that delivers no byte for this long is stopped: a server that sends headers and
 * then nothing would otherwise keep the page waiting until the whole load's watchdog
 * (LOAD_TIMEOUT_MS, minutes). A slow but moving download is not stopped by this.
 */
export const STALL_TIMEOUT_MS = 20_000;

/** Reads a body as text, stopping (and cancelling the download) past maxBytes. */
async function readCapped(
  response: Response,
  maxBytes: number,
  onBytes: (total: number) => void,
): Promise<string> {
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
    onBytes(bytes);
    if (bytes > maxBytes) {
      await reader.cancel();
      throw new DatasetError('too-large', { bytes });
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Aborts `controller` when no progress is reported for STALL_TIMEOUT_MS. */
function stallWatch(controller: AbortController) {
  const watch = { stalled: false, bytes: 0, timer: 0 as ReturnType<typeof setTimeout> | 0 };
  const arm = () => {
    if (watch.timer) clearTimeout(watch.timer);
    watch.timer = setTimeout(() => {
      watch.stalled = true;
      controller.abort();
    }, STALL_TIMEOUT_MS);
  };
  arm();
  return {
    watch,
    progress: (bytes: number) => {
      watch.bytes = bytes;
      arm();
    },
    stop: () => {
      if (watch.timer) clearTimeout(watch.timer);
    },
  };
}

/**
 * Fetches JSON; network failures, non-JSON bodies, bodies over maxBytes and downloads that
 * stall become DatasetErrors, never raw throws. Redirects are refused: a same-origin URL that
 * redirects elsewhere must not make us read another site's data.
 */
export async function fetchJson(
  url: string,
  signal?: AbortSignal,
  maxBytes = MAX_FILE_BYTES,
): Promise<unknown> {
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  const { watch, progress, stop } = stallWatch(controller);
  const failed = (fallback: DatasetError) =>
    watch.stalled ? new DatasetError('stalled', { bytes: watch.bytes }) : fallback;
  let text: string;
  try {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'error', signal: controller.signal });
    } catch {
      throw failed(new DatasetError('network', { status: 0 }));
    }
    if (!response.ok) throw new DatasetError('network', { status: response.status });
    progress(0);
    try {
      text = await readCapped(response, maxBytes, progress);
    } catch (error) {
      if (error instanceof DatasetError) throw error;
      throw failed(new DatasetError('network', { status: 0 }));
    }
  } finally {
    stop();
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DatasetError('json');
  }
}
