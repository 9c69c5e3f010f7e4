import type { EnglishOf } from '../define-messages';
import type { hostileInputZh } from './hostile-input';

/** English of hostile-input.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const hostileInputEn: EnglishOf<typeof hostileInputZh> = {
  'hostile.mapError': 'The map reported an error: {detail}',
  'hostile.dismiss': 'Dismiss',
};
