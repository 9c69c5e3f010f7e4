import type { EnglishOf } from '../define-messages';
import type { userZoneFilterZh } from './user-zone-filter';

/** English of user-zone-filter.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const userZoneFilterEn: EnglishOf<typeof userZoneFilterZh> = {
  'userZoneFilter.label':
    '{name} (user-provided) · {enterprises} enterprises · {projects} projects',
  'userZoneFilter.linking': '{name} (user-provided) · linking records…',
  'userZone.planTarget': 'Plan target',
  'userZone.noPlanTarget': 'No plan target: a zone you added has no target in the plan',
  'userZone.noTarget': 'no plan target',
  'userZone.sourceLine': 'Imported boundary file {file} (CRS {crs}; imported {date})',
};
