import type { EnglishOf } from '../define-messages';
import type { kindFilterZh } from './kind-filter';

/** English of kind-filter.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const kindFilterEn: EnglishOf<typeof kindFilterZh> = {
  'filters.orgKinds': 'Kind of record (enterprises and institutions)',
  'filters.withCount': '{label} ({count})',
};
