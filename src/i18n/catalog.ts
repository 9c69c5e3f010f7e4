import type { LazyZh } from './lazy-catalog';
import { basemapZh } from './messages/basemaps';
import { entitiesZh } from './messages/entities';
import { filtersZh } from './messages/filters';
import { firstPaintZh } from './messages/first-paint';
import { frictionZh } from './messages/friction';
import { hostileInputZh } from './messages/hostile-input';
import { mobileZh } from './messages/mobile';
import { searchZh } from './messages/search';
import { statsZh } from './messages/stats';
import { streamingZh } from './messages/streaming';
import { userZonesZh } from './messages/user-zones';
import { zh as coreZh } from './messages-zh';

// The Chinese messages the first paint needs. Their English is in catalog-en.ts, loaded when
// English is first shown (lazy-messages.ts). The features whose panels load later keep both
// languages in lazy-catalog.ts (merged into these objects by lazy-messages.ts).
/** Chinese messages: the core file plus one file per feature under messages/. */
const eagerZh = {
  ...coreZh,
  ...searchZh,
  ...entitiesZh,
  ...filtersZh,
  ...hostileInputZh,
  ...frictionZh,
  ...mobileZh,
  ...basemapZh,
  ...streamingZh,
  ...statsZh,
  ...firstPaintZh,
  ...userZonesZh,
};

export type EagerZh = typeof eagerZh;
export type MessageKey = keyof EagerZh | keyof LazyZh;

/** Filled in at start; the lazy features' messages are added when lazy-messages.ts loads them. */
export const zhCatalog: Partial<Record<MessageKey, string>> = eagerZh;

/** Empty until English is first needed: lazy-messages.ts merges catalog-en.ts in. */
export const enCatalog: Partial<Record<MessageKey, string>> = {};
