import type { EnglishOf } from '../define-messages';
import type { searchZh } from './search';

/** English of search.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const searchEn: EnglishOf<typeof searchZh> = {
  'search.placeholder': 'Name, pinyin or initials',
};
