/** The basemaps the switcher offers. `offline` makes no request and is always available. */
export const BASEMAP_IDS = ['offline', 'tdt-vec', 'tdt-img', 'osm', 'ofm', 'custom'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];

export const isBasemapId = (v: unknown): v is BasemapId =>
  typeof v === 'string' && (BASEMAP_IDS as readonly string[]).includes(v);

/** Tile grids a custom source may be drawn in: WGS-84 (as is) or GCJ-02 (our data shifted). */
export type TileCrs = 'WGS-84' | 'GCJ-02';

export interface CustomBasemap {
  /** An XYZ template with {z}, {x} and {y} (or {-y} for TMS). */
  url: string;
  crs: TileCrs;
}

export type CustomUrlProblem = 'syntax' | 'placeholders' | 'origin';

/**
 * Checks a custom tile URL against the Content-Security-Policy's rule: same origin, loopback
 * (127.0.0.1 / localhost, any port) or an origin listed at build time. Returns null when
 * allowed, else why not.
 */
export function checkCustomUrl(
  url: string,
  pageOrigin: string,
  extraOrigins: readonly string[],
): CustomUrlProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/\{-?[xyz]\}/g, '0'), pageOrigin);
  } catch {
    return 'syntax';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'syntax';
  if (!/\{z\}/.test(url) || !/\{x\}/.test(url) || !/\{-?y\}/.test(url)) return 'placeholders';
  const loopback =
    parsed.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(parsed.hostname);
  const allowed = parsed.origin === pageOrigin || loopback || extraOrigins.includes(parsed.origin);
  return allowed ? null : 'origin';
}

/** Why a basemap was dropped for the offline one. */
export type BasemapFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'no-key' }
  | { kind: 'policy' };

/** HTTP statuses that mean "this source will not work now": forbidden, bad key/quota, rate. */
export const FATAL_TILE_STATUSES = [401, 403, 418, 429] as const;

/** The basemap part of a shared link: `bm=osm`, or `bm=custom&bmu=<url>&bmc=g|w`. */
export function encodeBasemap(id: BasemapId, custom: CustomBasemap | null): Map<string, string> {
  const out = new Map<string, string>([['bm', id === 'offline' ? '' : id]]);
  out.set('bmu', id === 'custom' && custom ? custom.url : '');
  out.set('bmc', id === 'custom' && custom ? (custom.crs === 'GCJ-02' ? 'g' : 'w') : '');
  return out;
}

export function decodeBasemap(
  params: ReadonlyMap<string, string>,
): { id: BasemapId; custom: CustomBasemap | null } | null {
  const id = params.get('bm');
  if (!isBasemapId(id)) return null;
  const url = params.get('bmu');
  if (id !== 'custom') return { id, custom: null };
  if (!url) return null;
  return { id, custom: { url, crs: params.get('bmc') === 'g' ? 'GCJ-02' : 'WGS-84' } };
}

/**
 * The approval number map.tianditu.gov.cn shows in its footer for its basemap (reported in
 * public repositories; not checked against an official page). It approves Tianditu's map, not
 * our schematic zones, which the offline attribution already says.
 */
export const TIANDITU_APPROVAL = 'GS(2025)1508号';

export const TIANDITU_ATTRIBUTION = `天地图 © 国家地理信息公共服务平台 · 审图号:${TIANDITU_APPROVAL}`;
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (openstreetmap.org/copyright)';
/** Attribution line for the basemap (shown with ours and carried into picture exports). */
export function basemapAttribution(id: BasemapId): string | null {
  if (id === 'tdt-vec' || id === 'tdt-img') return TIANDITU_ATTRIBUTION;
  if (id === 'osm') return OSM_ATTRIBUTION;
  if (id === 'ofm') return 'OpenFreeMap © OpenMapTiles · Data © OpenStreetMap contributors';
  return null;
}

/**
 * Extra tile origins allowed for custom XYZ/TMS basemaps, from the build-time variable
 * VITE_TILE_ORIGINS (comma- or space-separated, e.g. "https://tiles.example.cn"). Anything
 * that is not a bare http(s) origin is dropped.
 */
export function parseTileOrigins(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter((s) => /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(s));
}
