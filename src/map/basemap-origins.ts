// Plain strings only (no maplibre import): vite.config.ts imports this to build the
// Content-Security-Policy, which must allow exactly the basemap hosts the app can fetch from.
import { parseTileOrigins } from '../domain/basemap.ts';

/** Tianditu's WMTS hosts t0–t7 (MapLibre does not expand a {0-7} placeholder: list them). */
export const TIANDITU_ORIGINS = Array.from(
  { length: 8 },
  (_, i) => `https://t${i}.tianditu.gov.cn`,
) as readonly string[];

export const OSM_ORIGINS = ['https://tile.openstreetmap.org'] as const;

/** OpenFreeMap serves its style, vector tiles, glyphs and sprites from this one origin. */
export const OPENFREEMAP_ORIGINS = ['https://tiles.openfreemap.org'] as const;

/** Custom XYZ/TMS servers on this machine (a local tile server, a GIS desktop's preview). */
export const LOOPBACK_TILE_ORIGINS = ['http://127.0.0.1:*', 'http://localhost:*'] as const;

/**
 * Every origin a built-in basemap fetches from: add each to `connect-src` and `img-src`
 * (MapLibre fetches tiles, styles, glyphs and sprites, then decodes images from blobs).
 */
export const BASEMAP_ORIGINS: readonly string[] = [
  ...TIANDITU_ORIGINS,
  ...OSM_ORIGINS,
  ...OPENFREEMAP_ORIGINS,
];

/** What a custom basemap may use, for the CSP: loopback plus the build-time list. */
export function customTileOrigins(raw: string | undefined): string[] {
  return [...LOOPBACK_TILE_ORIGINS, ...parseTileOrigins(raw)];
}
