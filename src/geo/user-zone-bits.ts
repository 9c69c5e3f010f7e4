import type { UserZoneId } from '../domain/user-zone';
import type { Bitset } from './bitset';

// Kept apart from user-zone-link.ts, which pulls in polygon clipping for project sites: the
// filter engine (first paint) needs only these types.

/** The records that lie in one user zone: bit i = record i of the loaded arrays. */
export interface UserZoneBits {
  readonly enterprises: Bitset;
  readonly projects: Bitset;
}

/** Membership of every user zone the app knows, by id (the filter engine reads it). */
export type UserZoneLinks = ReadonlyMap<UserZoneId, UserZoneBits>;

export const NO_USER_ZONES: UserZoneLinks = new Map();
