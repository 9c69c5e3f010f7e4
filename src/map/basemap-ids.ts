/**
 * Every basemap source and layer id starts with this, so errors can be told apart. Apart from
 * basemap-controller.ts, which loads with the first online basemap, because the map's error
 * handling (map-lifecycle.ts) needs it from the first paint.
 */
export const BASEMAP_PREFIX = 'bm-';
