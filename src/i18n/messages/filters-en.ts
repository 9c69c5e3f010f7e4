import type { EnglishOf } from '../define-messages';
import type { filtersZh } from './filters';

/** English of filters.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const filtersEn: EnglishOf<typeof filtersZh> = {
  'tabs.label': 'Sidebar',
  'tabs.layers': 'Layers',
  'tabs.filters': 'Filters',
  'tabs.stats': 'Statistics',
  'tabs.quality': 'Data quality',
  'filters.title': 'Filters',
  'filters.active': '{count} filters active',
  'filters.none': 'No filters set',
  'filters.clear': 'Clear all filters',
  'filters.matched': 'Matching: {enterprises} enterprises, {projects} projects',
  'filters.zones': 'Zones',
  'filters.industries': 'Industries (enterprises)',
  'filters.categories': 'Enterprise categories',
  'filters.projectTypes': 'Project types',
  'filters.projectStatuses': 'Project status',
  'filters.investment': 'Investment (CNY 100 million, projects)',
  'filters.years': 'Year (enterprise founded / project start)',
  'filters.min': 'Min',
  'filters.max': 'Max',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.linkStatus': 'Location check',
  'filters.spatial': 'Spatial filters',
  'filters.inView': 'Only what is in view',
  'filters.note':
    'Industries, categories and kinds of record filter enterprises only; project type, status and investment filter projects only; the rest apply to both.',
  'filters.ignored': 'Some filter parts of the link could not be read and were ignored: {parts}',
  'filters.dismiss': 'OK',
};
