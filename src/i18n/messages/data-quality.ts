import { defineMessages } from '../define-messages';

/** Messages of the data-quality feature. */
export const dataQualityMessages = defineMessages({}, {});
