import { defineMessages } from '../define-messages';

/** Messages of the search feature. */
export const searchMessages = defineMessages({}, {});
