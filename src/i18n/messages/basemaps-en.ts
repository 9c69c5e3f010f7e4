import type { EnglishOf } from '../define-messages';
import type { basemapZh } from './basemaps';

/** English of basemaps.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const basemapEn: EnglishOf<typeof basemapZh> = {
  'basemap.title': 'Background map',
  'basemap.offline': 'Offline map (no network)',
  'basemap.tdt-vec': 'Tianditu vector',
  'basemap.tdt-img': 'Tianditu imagery',
  'basemap.osm': 'OpenStreetMap',
  'basemap.ofm': 'OpenFreeMap vector',
  'basemap.custom': 'Custom tiles (XYZ/TMS)',
  'basemap.needsKey': 'needs a Tianditu key',
  'basemap.settings': 'Basemap settings',
  'basemap.key': 'Tianditu browser key (tk)',
  'basemap.keyHint':
    'Kept in this browser only; can also be given at build time as VITE_TIANDITU_KEY.',
  'basemap.keySave': 'Save key',
  'basemap.customUrl': 'Tile URL template',
  'basemap.customUrlHint':
    'With {z}, {x}, {y} ({-y} for TMS). The Content-Security-Policy allows only this site, this machine (127.0.0.1/localhost) and origins listed at build time in VITE_TILE_ORIGINS.',
  'basemap.customCrs': 'Tile coordinate system',
  'basemap.crs.wgs': 'WGS-84 (also Tianditu CGCS2000)',
  'basemap.crs.gcj': 'GCJ-02 (AMap, Tencent, …)',
  'basemap.customApply': 'Use this basemap',
  'basemap.problem.syntax': 'Not a valid http(s) address',
  'basemap.problem.placeholders': 'The address lacks a {z}, {x} or {y} placeholder',
  'basemap.problem.origin':
    'Origin {origin} is not allowed: the app’s Content-Security-Policy only allows this site, this machine and tile origins listed at build time (see the README).',
  'basemap.gcjNotice':
    'This basemap is in GCJ-02: the data on the map is shifted to GCJ-02 for display only; statistics, exports and links stay in WGS-84.',
  'basemap.opacity': 'Zone fill opacity',
  'basemap.failed':
    'The basemap “{name}” could not be loaded ({reason}); showing the offline map instead. The data layers are unaffected.',
  'basemap.reason.http': 'HTTP 错误 {status}',
  'basemap.reason.http403': 'HTTP 403: bad key, domain not whitelisted or access refused',
  'basemap.reason.http418': 'HTTP 418: bad key or over quota',
  'basemap.reason.http429': 'HTTP 429: too many requests, rate limited',
  'basemap.reason.network': 'network error or request blocked',
  'basemap.reason.timeout': 'timed out: no tile arrived',
  'basemap.reason.no-key': 'no Tianditu key',
  'basemap.reason.policy': 'origin not allowed by the Content-Security-Policy',
  'basemap.dismiss': 'Dismiss',
};
