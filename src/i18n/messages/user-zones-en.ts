import type { EnglishOf } from '../define-messages';
import type { userZonesZh } from './user-zones';

/** English of user-zones.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const userZonesEn: EnglishOf<typeof userZonesZh> = {
  'userZone.listTitle': 'Zones you added',
  'userZone.badge': 'user-provided',
  'userZone.badgeTitle': 'Boundary from an imported file, not a schematic extent of the plan',
  'userZone.source': 'Source: {file}',
};
