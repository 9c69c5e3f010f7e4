import { defineMessages } from '../define-messages';

/** Messages of the stats feature. */
export const statsMessages = defineMessages({}, {});
