import type { EnglishOf } from '../define-messages';
import type { mobileZh } from './mobile';

/** English of mobile.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const mobileEn: EnglishOf<typeof mobileZh> = {
  'app.titleShort': 'Two Parks, Two Belts',
};
