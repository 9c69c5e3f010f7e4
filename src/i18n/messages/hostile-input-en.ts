import type { EnglishOf } from '../define-messages';
import type { hostileInputZh } from './hostile-input';

/** English of hostile-input.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const hostileInputEn: EnglishOf<typeof hostileInputZh> = {
  'hostile.linkRefused':
    'Refused the data link {dataset}="{link}": only files from this site can be loaded; the built-in data is shown instead.',
  'hostile.refused': 'the link is not a file on this site and was refused',
  'hostile.tooLarge': 'file too large: {size} MB, the limit is {limit} MB',
  'hostile.unexpected': 'an error while reading it ({detail})',
  'hostile.timeout':
    'loading did not finish within {seconds} s and was stopped; the rest of the map still works',
  'hostile.stalled':
    'the download stalled: no data arrived for {seconds} s, so it was stopped ({size} MB received before)',
  'hostile.workerFailed': 'Could not load enterprises and projects: {detail}',
  'hostile.mapError': 'The map reported an error: {detail}',
  'hostile.dismiss': 'Dismiss',
};
