import type { UserLayer } from './user-layer';

/** The user layers that feed the record lists, and a key that changes when they do. */
export interface EntityOverlay {
  key: string;
  layers: UserLayer[];
}

/** The layers used as records or zones, with a key for the entity query (null when none). */
export function entityOverlay(layers: readonly UserLayer[]): EntityOverlay | null {
  // A layer added as a new zone changes no record or plan zone: user zones are counted apart.
  const used = layers.filter((l) => l.use.kind !== 'none' && l.use.kind !== 'newZone');
  if (used.length === 0) return null;
  return { key: used.map((l) => `${l.id}:${JSON.stringify(l.use)}`).join('|'), layers: used };
}
