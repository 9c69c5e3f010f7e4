import type { UserLayer } from './user-layer';

/**
 * The zone overrides (zone-overrides.ts: a user layer standing in for a plan zone) are not in
 * the first paint: most browsers have no such layer. They load before any layer list that has
 * one reaches the query cache (the IndexedDB read, a save), so the zones query's select has
 * them whenever it needs them and a replaced zone is never drawn in its schematic outline.
 */
type ZoneOverridesModule = typeof import('./zone-overrides');

let loaded: ZoneOverridesModule | null = null;

export const replacesZone = (layer: UserLayer): boolean => layer.use.kind === 'zone';

/** The loaded module, or null while no layer has needed it. */
export function loadedZoneOverrides(): ZoneOverridesModule | null {
  return loaded;
}

/** Loads the overrides when one of `layers` replaces a zone; resolves at once otherwise. */
export async function zoneOverridesFor(layers: readonly UserLayer[]): Promise<void> {
  if (loaded || !layers.some(replacesZone)) return;
  loaded = await import('./zone-overrides');
}
