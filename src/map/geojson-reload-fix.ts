import maplibregl from 'maplibre-gl';

type Tile = Parameters<maplibregl.GeoJSONSource['loadTile']>[0];

let installed = false;

/**
 * Works around a leak in MapLibre 5.24's GeoJSONSource.loadTile: a tile that is reloaded (new
 * data, a style change) while its previous load or reload is still under way gets a new
 * AbortController in place of the old one without aborting it. The worker drops the older
 * parse without answering, so the older request stays pending in the main thread's actor for
 * good (Actor.resolveRejects), holding its Tile, generator and promises. A briefing changes the
 * filter and the camera at every scene, so tiles loading at the new view were reloaded for the
 * new data: heap snapshots of `npm run bench:soak` showed ~230 such requests held after 250
 * scenes. Aborting the replaced request first is what MapLibre does for a removed tile: its
 * entry is dropped, the worker is told to cancel, and the new request goes out as before.
 */
export function installGeoJsonReloadFix(): void {
  if (installed) return;
  installed = true;
  const proto = maplibregl.GeoJSONSource.prototype;
  const loadTile = proto.loadTile;
  proto.loadTile = function (this: maplibregl.GeoJSONSource, tile: Tile) {
    // Set only while a request is in flight (loadTile deletes it when the answer comes).
    tile.abortController?.abort();
    return loadTile.call(this, tile);
  };
}
