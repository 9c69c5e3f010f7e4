/**
 * The camera the map allows (src/map/create-map.ts gives these to MapLibre; 85° is MapLibre's
 * own pitch limit). A shared link's view is brought within these, not refused.
 */
export const MAP_VIEW_LIMITS = { minZoom: 7, maxZoom: 18, maxPitch: 85, maxLat: 85.0511 } as const;
