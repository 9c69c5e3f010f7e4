import type { BriefingScript } from '../domain/briefing';
import { type BriefingIssue, validateBriefing } from '../domain/briefing-validate';

/** Every script under data/briefings, by id (file name), as hashed same-origin asset URLs. */
const BUNDLED: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../data/briefings/*.json', {
      query: '?url&no-inline',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.replace(/^.*\/|\.json$/g, ''), url]),
);

export const BUNDLED_BRIEFING_IDS = Object.keys(BUNDLED);

export type BriefingLoadError =
  | { kind: 'unknown-id'; id: string }
  | { kind: 'origin'; url: string }
  | { kind: 'fetch'; url: string; detail: string }
  | { kind: 'json'; detail: string }
  | { kind: 'invalid'; issues: BriefingIssue[] };

export type BriefingLoad =
  | { ok: true; script: BriefingScript }
  | { ok: false; error: BriefingLoadError };

/** Parses and validates script text (an imported file or a fetched one). */
export function parseBriefingText(text: string): BriefingLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { kind: 'json', detail: String(error) } };
  }
  const check = validateBriefing(raw);
  return check.ok
    ? { ok: true, script: check.script }
    : { ok: false, error: { kind: 'invalid', issues: check.issues } };
}

/** A same-origin URL only: scripts from other hosts are refused (the app's CSP forbids them too). */
export function sameOriginUrl(src: string, base = window.location.href): URL | null {
  try {
    const url = new URL(src, base);
    return url.origin === new URL(base).origin ? url : null;
  } catch {
    return null;
  }
}

export async function loadBriefingFromUrl(src: string): Promise<BriefingLoad> {
  const url = sameOriginUrl(src);
  if (!url) return { ok: false, error: { kind: 'origin', url: src } };
  try {
    const res = await fetch(url);
    if (!res.ok)
      return { ok: false, error: { kind: 'fetch', url: src, detail: `HTTP ${res.status}` } };
    return parseBriefingText(await res.text());
  } catch (error) {
    return { ok: false, error: { kind: 'fetch', url: src, detail: String(error) } };
  }
}

/** A script shipped with the app (data/briefings/<id>.json). */
export function loadBundledBriefing(id: string): Promise<BriefingLoad> {
  const url = BUNDLED[id];
  if (!url) return Promise.resolve({ ok: false, error: { kind: 'unknown-id', id } });
  return loadBriefingFromUrl(url);
}
