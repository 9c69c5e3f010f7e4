/**
 * Dataset links (`?enterprises=` / `?projects=`) must never make the app fetch from another
 * origin. A browser's URL parser normalises a lot (dot segments, backslashes, tabs and newlines
 * inside, percent-encoded separators), so a path that looks local can become a protocol-relative
 * URL on another host when it is resolved a second time. The rule here: resolve once to an
 * absolute URL, check it after full resolution, hand on only that absolute URL, and check it
 * again (with checkFetchable) where it is fetched.
 */

export type LinkRefusal = 'unparsable' | 'suspicious' | 'not-http' | 'credentials' | 'other-origin';

export type LinkResult = { ok: true; url: string } | { ok: false; reason: LinkRefusal };

/** Longer than any path we serve; a longer value is not a dataset link. */
const MAX_LINK_LENGTH = 2048;

/** Percent-encoded dots, separators, controls and `%` itself (double encoding). */
const ENCODED = /%(2e|2f|5c|0[0-9a-f]|1[0-9a-f]|7f|25)/i;

/**
 * True for characters a URL parser silently drops or rewrites (ASCII controls, tabs and
 * newlines, any whitespace, backslashes) and for percent-encoded dots, separators and controls:
 * none has a place in a link to one of our files, and each is a way to make two parsers disagree.
 */
function suspicious(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x5c) return true;
    if (c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x3000) return true;
  }
  return ENCODED.test(raw);
}

/** Checks an absolute URL: http(s), no user info, exactly our origin, no `//` path start. */
export function checkFetchable(href: string, origin: string): LinkResult {
  let url: URL;
  try {
    // No base: a relative or scheme-relative string is refused here, never resolved again.
    url = new URL(href);
  } catch {
    return { ok: false, reason: 'unparsable' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: 'not-http' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  if (url.origin !== origin) return { ok: false, reason: 'other-origin' };
  // A path starting with an empty segment reads as `//host/…` to anything that re-resolves it.
  if (url.pathname.startsWith('//')) return { ok: false, reason: 'suspicious' };
  if (url.href !== href) return { ok: false, reason: 'suspicious' };
  return { ok: true, url: url.href };
}

/** Resolves a link from the address bar against our origin, once, and checks the result. */
export function resolveDatasetLink(raw: string, origin: string): LinkResult {
  if (raw.length === 0 || raw.length > MAX_LINK_LENGTH) return { ok: false, reason: 'unparsable' };
  if (suspicious(raw)) return { ok: false, reason: 'suspicious' };
  let url: URL;
  try {
    url = new URL(raw, `${origin}/`);
  } catch {
    return { ok: false, reason: 'unparsable' };
  }
  return checkFetchable(url.href, origin);
}
