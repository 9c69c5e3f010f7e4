import type { EnglishOf } from '../define-messages';
import type { filtersZh } from './filters';

/** English of filters.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const filtersEn: EnglishOf<typeof filtersZh> = {
  'tabs.label': 'Sidebar',
  'tabs.layers': 'Layers',
  'tabs.filters': 'Filters',
  'tabs.stats': 'Statistics',
  'tabs.quality': 'Data quality',
  'filters.ignored': 'Some filter parts of the link could not be read and were ignored: {parts}',
  'filters.dismiss': 'OK',
};
