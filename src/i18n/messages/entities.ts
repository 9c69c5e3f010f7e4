import { defineMessages } from '../define-messages';

/** Messages of the entities feature. */
export const entitiesMessages = defineMessages({}, {});
