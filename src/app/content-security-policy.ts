/**
 * The app's Content-Security-Policy, in one place. The build writes it into index.html as a
 * `<meta http-equiv>` (works on any static host) and `vite preview` sends it as a header.
 * Only our own origin is reachable; a basemap (issue 9) adds its tile/style hosts to
 * EXTRA_CONNECT_ORIGINS and EXTRA_IMG_ORIGINS here, nowhere else.
 */

/** Origins (scheme://host[:port]) that fetch/XHR may reach besides our own, e.g. tile hosts. */
export const EXTRA_CONNECT_ORIGINS: readonly string[] = [];
/** Origins images may come from besides our own, data: and blob:. */
export const EXTRA_IMG_ORIGINS: readonly string[] = [];

type Directives = Record<string, readonly string[]>;

function directives(): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // MapLibre runs its workers from a blob: URL; our entity worker is a same-origin module.
    'worker-src': ["'self'", 'blob:'],
    // MapLibre's workers fetch the GeoJSON handed over as Blob URLs.
    'connect-src': ["'self'", 'blob:', ...EXTRA_CONNECT_ORIGINS],
    'img-src': ["'self'", 'data:', 'blob:', ...EXTRA_IMG_ORIGINS],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

function serialise(d: Directives): string {
  return Object.entries(d)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The policy for the `<meta http-equiv>` tag (browsers ignore frame-ancestors there). */
export function metaPolicy(): string {
  return serialise(directives());
}

/** The policy sent as an HTTP header: the same plus frame-ancestors, which works only there. */
export function headerPolicy(): string {
  return serialise({ ...directives(), 'frame-ancestors': ["'none'"] });
}
