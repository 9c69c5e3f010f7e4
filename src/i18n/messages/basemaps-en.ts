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
  'basemap.gcjNotice':
    'This basemap is in GCJ-02: the data on the map is shifted to GCJ-02 for display only; statistics, exports and links stay in WGS-84.',
  'basemap.opacity': 'Zone fill opacity',
};
