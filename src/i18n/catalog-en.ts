import type { EagerZh } from './catalog';
import type { EnglishOf } from './define-messages';
import { basemapEn } from './messages/basemaps-en';
import { entitiesEn } from './messages/entities-en';
import { filtersEn } from './messages/filters-en';
import { firstPaintEn } from './messages/first-paint-en';
import { frictionEn } from './messages/friction-en';
import { hostileInputEn } from './messages/hostile-input-en';
import { mobileEn } from './messages/mobile-en';
import { searchEn } from './messages/search-en';
import { statsEn } from './messages/stats-en';
import { streamingEn } from './messages/streaming-en';
import { userZonesEn } from './messages/user-zones-en';
import { en as coreEn } from './messages-en';

/**
 * English for every message of catalog.ts, a chunk of its own: a Chinese first paint does not
 * carry it; lazy-messages.ts loads it when English is first shown.
 */
export const eagerEn: EnglishOf<EagerZh> = {
  ...coreEn,
  ...searchEn,
  ...entitiesEn,
  ...filtersEn,
  ...hostileInputEn,
  ...frictionEn,
  ...mobileEn,
  ...basemapEn,
  ...streamingEn,
  ...statsEn,
  ...firstPaintEn,
  ...userZonesEn,
};
