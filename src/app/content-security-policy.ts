/**
 * The app's Content-Security-Policy, in one place. The build writes it into index.html as a
 * `<meta http-equiv>` (works on any static host) and `vite preview` sends it as a header.
 * Besides our own origin, only the basemaps' tile, style and glyph hosts are reachable
 * (`tileOrigins`, from src/map/basemap-origins.ts): MapLibre fetches them, then decodes images
 * from blobs, so they go in connect-src and img-src.
 */

type Directives = Record<string, readonly string[]>;

function directives(tileOrigins: readonly string[]): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // MapLibre runs its workers from a blob: URL; our entity worker is a same-origin module.
    'worker-src': ["'self'", 'blob:'],
    // MapLibre's workers fetch the GeoJSON handed over as Blob URLs.
    'connect-src': ["'self'", 'blob:', ...tileOrigins],
    'img-src': ["'self'", 'data:', 'blob:', ...tileOrigins],
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
export function metaPolicy(tileOrigins: readonly string[]): string {
  return serialise(directives(tileOrigins));
}

/** The policy sent as an HTTP header: the same plus frame-ancestors, which works only there. */
export function headerPolicy(tileOrigins: readonly string[]): string {
  return serialise({ ...directives(tileOrigins), 'frame-ancestors': ["'none'"] });
}
