import { defineMessages } from '../define-messages';

/** Messages of the draw feature. */
export const drawMessages = defineMessages({}, {});
