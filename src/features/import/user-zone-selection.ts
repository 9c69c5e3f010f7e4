import { create } from 'zustand';
import type { UserZoneId } from '../../domain/user-zone';

/**
 * The user zone whose panel is open. Kept beside the feature, not in the URL-synced app store:
 * a user zone exists only in this browser (IndexedDB), so a shared link cannot name it.
 */
export const useUserZoneSelection = create<{ selected: UserZoneId | null }>(() => ({
  selected: null,
}));

/** Opens a user zone's panel, closing the plan zone's (one side panel at a time). */
export function selectUserZone(id: UserZoneId | null, closePlanZone: () => void): void {
  if (id) closePlanZone();
  useUserZoneSelection.setState({ selected: id });
}
