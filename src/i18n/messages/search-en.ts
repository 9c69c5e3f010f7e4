import type { EnglishOf } from '../define-messages';
import type { searchZh } from './search';

/** English of search.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const searchEn: EnglishOf<typeof searchZh> = {
  'search.label': 'Search enterprises, projects, zones',
  'search.placeholder': 'Name, pinyin or initials',
  'search.results': 'Search results',
  'search.count': 'Results: {count}',
  'search.countTruncated': 'Showing {shown} of {total} results',
  'search.noResults': 'No results',
  'search.loading': 'Preparing search…',
  'search.failed': 'Search is unavailable; reload the page to retry',
  'search.kind.zone': 'Zone',
  'search.kind.enterprise': 'Enterprise',
  'search.kind.project': 'Project',
  'search.synthetic': 'Synthetic',
  'search.syntheticTitle': 'Synthetic record, not real data',
};
