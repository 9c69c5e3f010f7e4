import type { EnglishOf } from '../define-messages';
import type { userZonesZh } from './user-zones';

/** English of user-zones.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const userZonesEn: EnglishOf<typeof userZonesZh> = {
  'importUi.use.newZone': 'New zone',
  'importUi.usedAs.newZone': 'Used as the new zone “{name}”',
  'userZone.nameZh': 'Zone name (Chinese)',
  'userZone.nameEn': 'Zone name (English)',
  'userZone.formNote':
    'All polygons of the file become one new zone, listed with the zones and in the statistics; it is not one of the plan’s two parks and two belts and has no plan targets.',
  'userZone.listTitle': 'Zones you added',
  'userZone.badge': 'user-provided',
  'userZone.badgeTitle': 'Boundary from an imported file, not a schematic extent of the plan',
  'userZone.source': 'Source: {file}',
  'userZone.close': 'Close',
  'userZone.areaNote': 'of the imported boundary',
  'userZone.planNote':
    'Imported by a user: not one of the plan’s two parks and two belts, so no plan target concerns it.',
};
