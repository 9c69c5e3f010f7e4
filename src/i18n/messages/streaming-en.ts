import type { EnglishOf } from '../define-messages';
import type { streamingZh } from './streaming';

/** English of streaming.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const streamingEn: EnglishOf<typeof streamingZh> = {
  'stream.label': 'Enterprise loading progress',
  'stream.loading': 'Loading enterprises: {read} of {total} read',
  'stream.loadingUnknown': 'Loading enterprises: {read} read',
  'stream.done': 'All enterprises loaded: {read}',
  'stream.usable': 'What has arrived can already be browsed and filtered',
};
