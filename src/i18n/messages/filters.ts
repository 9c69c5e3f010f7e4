import { defineMessages } from '../define-messages';

/** Messages of the filters feature. */
export const filtersMessages = defineMessages({}, {});
