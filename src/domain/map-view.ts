/**
 * The camera the map allows (src/map/jlp-map.ts sets minZoom 7, maxZoom 18; MapLibre's own
 * pitch limit is 85°). A shared link's view is brought within these, not refused.
 */
export const MAP_VIEW_LIMITS = { minZoom: 7, maxZoom: 18, maxPitch: 85, maxLat: 85.0511 } as const;
