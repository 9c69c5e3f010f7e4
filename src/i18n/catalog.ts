import type { LazyZh } from './lazy-catalog';
import { basemapMessages } from './messages/basemaps';
import { entitiesMessages } from './messages/entities';
import { filtersMessages } from './messages/filters';
import { firstPaintMessages } from './messages/first-paint';
import { frictionMessages } from './messages/friction';
import { hostileInputMessages } from './messages/hostile-input';
import { kindFilterMessages } from './messages/kind-filter';
import { mobileMessages } from './messages/mobile';
import { searchMessages } from './messages/search';
import { statsMessages } from './messages/stats';
import { streamingMessages } from './messages/streaming';
import { userZoneFilterMessages } from './messages/user-zone-filter';
import { userZoneStatsMessages } from './messages/user-zone-stats';
import { userZonesMessages } from './messages/user-zones';
import { en as coreEn } from './messages-en';
import { zh as coreZh } from './messages-zh';

// Messages the first paint needs. The features whose panels load later keep theirs in
// lazy-catalog.ts (merged into these objects by lazy-messages.ts), off the first-paint bundle.
const features = [
  searchMessages,
  entitiesMessages,
  filtersMessages,
  hostileInputMessages,
  frictionMessages,
  mobileMessages,
  basemapMessages,
  kindFilterMessages,
  streamingMessages,
  statsMessages,
  firstPaintMessages,
  userZonesMessages,
  userZoneFilterMessages,
  userZoneStatsMessages,
] as const;

/** Chinese messages: the core file plus one file per feature under messages/. */
const eagerZh = {
  ...coreZh,
  ...searchMessages.zh,
  ...entitiesMessages.zh,
  ...filtersMessages.zh,
  ...hostileInputMessages.zh,
  ...frictionMessages.zh,
  ...mobileMessages.zh,
  ...basemapMessages.zh,
  ...kindFilterMessages.zh,
  ...streamingMessages.zh,
  ...statsMessages.zh,
  ...firstPaintMessages.zh,
  ...userZonesMessages.zh,
  ...userZoneFilterMessages.zh,
  ...userZoneStatsMessages.zh,
};

export type MessageKey = keyof typeof eagerZh | keyof LazyZh;

/** Filled in at start; the lazy features' messages are added when lazy-messages.ts loads them. */
export const zhCatalog: Partial<Record<MessageKey, string>> = eagerZh;

export const enCatalog: Partial<Record<MessageKey, string>> = Object.assign(
  {},
  coreEn,
  ...features.map((f) => f.en),
);
