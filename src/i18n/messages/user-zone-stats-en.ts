import type { EnglishOf } from '../define-messages';
import type { userZoneStatsZh } from './user-zone-stats';

/** English of user-zone-stats.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const userZoneStatsEn: EnglishOf<typeof userZoneStatsZh> = {
  'userZoneStats.col.source': 'Zone source',
  'userZoneStats.source.plan': 'plan’s two parks and two belts',
  'userZoneStats.source.user': 'user-provided ({file})',
  'userZoneStats.option': '{name} (user-provided)',
  'userZoneStats.areaNote':
    '{name} is user-provided (boundary file {file}): not one of the plan’s two parks and two belts, so no plan target; counted with the same filter and the same code as the plan zones.',
  'userZoneStats.lqNoPlan':
    '{zone} (user-provided): the plan names no industries for it, no plan target',
  'userZoneStats.cmpNote':
    'Zones marked user-provided come from imported boundary files: area of the imported boundary, not part of the plan, no plan target.',
};
