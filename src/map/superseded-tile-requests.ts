/** What this module needs of a source class: MapLibre's GeoJSONSource has all of it. */
export interface TileRequestSource<T extends object> {
  actor: unknown;
  loadTile(tile: T): Promise<unknown>;
  abortTile(tile: T): Promise<void>;
}

/** MapLibre's Actor keeps one resolve/reject pair per request sent and not yet answered. */
function pendingTable(actor: unknown): Record<string, unknown> | null {
  if (typeof actor !== 'object' || actor === null || !('resolveRejects' in actor)) return null;
  const table = actor.resolveRejects;
  return typeof table === 'object' && table !== null ? (table as Record<string, unknown>) : null;
}

const patched = new WeakSet<object>();

/**
 * Releases tile requests that a newer request for the same tile made unanswerable. Targets
 * MapLibre GL JS 5.24.1 (GeoJSONSource.loadTile, GeoJSONWorkerSource.reloadTile, WorkerTile.parse,
 * Actor.sendAsync); check it is still needed when upgrading.
 * Patches `proto` in place, once (GeoJSONSource.prototype: see create-map.ts).
 *
 * The leak: when a GeoJSON tile is reloaded (new data, a style change) while the worker is still
 * parsing it, the worker re-parses the same WorkerTile for the new request and aborts the glyph
 * and image requests of the parse under way, which then never settles: the older request is
 * never answered, and the main thread's Actor keeps its entry (resolveRejects) for good, holding
 * the Tile, the loadTile generator and its promises. A briefing scene reloads tiles while they
 * load, so `npm run bench:soak` held ~230 such entries after 250 scenes.
 *
 * The fix: once a tile's newer request is answered, the older ones still pending for that tile
 * can no longer be answered (the worker handles one tile's messages in order, and an older parse
 * either finished before the newer one began, and so answered first, or was superseded by it;
 * after a setData both are parsed from fresh WorkerTiles, and an older answer coming last would
 * only put the old data back):
 * their entries are deleted, which is all MapLibre's own abort does on the main thread, but
 * without posting `<cancel>` to the worker. The same when the tile is aborted (removed while
 * loading): MapLibre aborts only its latest request.
 *
 * Why not abort the older request when the newer one is sent (as an earlier wrapper did): the
 * older request may already be answered and its answer still on its way; that answer is the one
 * carrying the tile's raw data (a re-parse of a finished WorkerTile sends none), so dropping it
 * left the tile without the raw data that queryRenderedFeatures and feature state need: a zone
 * click found no zone and a selected zone was highlighted in some tiles only.
 */
export function releaseSupersededTileRequests<T extends object>(proto: TileRequestSource<T>): void {
  if (patched.has(proto)) return;
  patched.add(proto);
  const pending = new WeakMap<T, string[]>();
  const loadTile = proto.loadTile;
  const abortTile = proto.abortTile;

  proto.loadTile = async function (this: TileRequestSource<T>, tile: T) {
    const table = pendingTable(this.actor);
    if (!table) return loadTile.call(this, tile);
    const before = new Set(Object.keys(table));
    // MapLibre's loadTile sends its request synchronously, before its first await.
    const done = loadTile.call(this, tile);
    const id = Object.keys(table).find((key) => !before.has(key));
    if (id === undefined) return done;
    const ids = pending.get(tile) ?? [];
    ids.push(id);
    pending.set(tile, ids);
    try {
      return await done;
    } finally {
      // Answered (or failed): every older request of this tile is one the worker dropped.
      const at = ids.indexOf(id);
      for (const older of ids.splice(0, at + 1).slice(0, at)) delete table[older];
    }
  };

  proto.abortTile = function (this: TileRequestSource<T>, tile: T) {
    const table = pendingTable(this.actor);
    const ids = pending.get(tile);
    if (table && ids) for (const older of ids.splice(0)) delete table[older];
    return abortTile.call(this, tile);
  };
}
