import type { UserZoneId } from '../../domain/user-zone';
import { useAppStore } from '../../state/store';

/** The user zone whose panel is open (kept in the app store, so the link carries it). */
export function useSelectedUserZone(): UserZoneId | null {
  return useAppStore((s) => s.selectedUserZone);
}

/** Opens a user zone's panel (closing a plan zone's or a record's) or closes it (null). */
export function selectUserZone(id: UserZoneId | null): void {
  useAppStore.getState().selectUserZone(id);
}
