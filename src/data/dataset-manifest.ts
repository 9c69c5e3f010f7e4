import { checkFetchable } from './dataset-link';

/**
 * A dataset too big for one file (the 100 MB cap per file stays) is linked as a manifest of
 * parts: `?enterprises=/data/big/manifest.json` with
 *   { "type": "jlp-dataset-parts", "records": 1000013, "parts": ["part-000.geojson", …] }
 * Each part is an ordinary FeatureCollection of at most 100 MB, resolved against the
 * manifest's URL and checked like a dataset link (our origin only). `records` is optional and
 * only drives the progress bar; the real count is capped by MAX_STREAM_RECORDS as parts arrive.
 */
export const MANIFEST_TYPE = 'jlp-dataset-parts';

/** Most parts one manifest may list (at 100 MB each, far more than any register needs). */
export const MAX_PARTS = 64;

/** Most records one streamed dataset may hold: a city-wide register with room to spare. */
export const MAX_STREAM_RECORDS = 2_000_000;

export interface DatasetManifest {
  /** Absolute, checked URLs of the parts, in order. */
  parts: string[];
  /** Records the manifest announces, or null when it does not say. */
  records: number | null;
}

/** Why a manifest cannot be used: a code the UI renders in the user's language. */
export type ManifestProblem = 'bad-manifest' | 'too-many-records';

export class ManifestError extends Error {
  readonly code: ManifestProblem;
  constructor(code: ManifestProblem, detail: string) {
    super(detail);
    this.name = 'ManifestError';
    this.code = code;
  }
}

/** True for a JSON value that claims to be a manifest (then it must be a valid one). */
export function isManifest(json: unknown): boolean {
  return (
    typeof json === 'object' && json !== null && (json as { type?: unknown }).type === MANIFEST_TYPE
  );
}

function partUrl(part: unknown, base: string, origin: string): string {
  if (typeof part !== 'string' || part.length === 0 || part.length > 512) {
    throw new ManifestError('bad-manifest', 'a part is not a file name');
  }
  let href: string;
  try {
    href = new URL(part, base).href;
  } catch {
    throw new ManifestError('bad-manifest', 'a part is not a URL');
  }
  const checked = checkFetchable(href, origin);
  if (!checked.ok) throw new ManifestError('bad-manifest', `part refused: ${checked.reason}`);
  return checked.url;
}

/** Reads a manifest fetched from `base` (an absolute, checked URL); throws a ManifestError. */
export function readManifest(json: unknown, base: string, origin: string): DatasetManifest {
  const m = json as { parts?: unknown; records?: unknown };
  if (!Array.isArray(m.parts) || m.parts.length === 0 || m.parts.length > MAX_PARTS) {
    throw new ManifestError('bad-manifest', `parts must list 1 to ${MAX_PARTS} files`);
  }
  const records = m.records ?? null;
  if (records !== null && !(Number.isInteger(records) && (records as number) >= 0)) {
    throw new ManifestError('bad-manifest', 'records must be a whole number');
  }
  if (typeof records === 'number' && records > MAX_STREAM_RECORDS) {
    throw new ManifestError('too-many-records', String(records));
  }
  const parts = m.parts.map((p) => partUrl(p, base, origin));
  if (new Set(parts).size !== parts.length) {
    throw new ManifestError('bad-manifest', 'a part is listed twice');
  }
  return { parts, records: records as number | null };
}
