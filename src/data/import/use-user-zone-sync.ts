import { useEffect, useRef } from 'react';
import type { UserZone, UserZoneId } from '../../domain/user-zone';
import { useAppStore } from '../../state/store';
import { useEntityData } from '../use-entities';
import { reconcileUserZones } from './reconcile-user-zones';
import { useUserLayersQuery } from './use-user-layers';
import { useUserZones } from './use-user-zones';
import { linkWhenNeeded, useUserZoneLinkStore } from './user-zone-links';

/** Links the records to every user zone whenever the zones or the records change. */
function useLinking(zones: readonly UserZone[]): void {
  const data = useEntityData();
  useEffect(() => {
    if (!data) return;
    let live = true;
    const links = linkWhenNeeded(data, zones, () =>
      import('../../geo/user-zone-link').then((m) => m.linkUserZone),
    );
    if (links instanceof Promise) {
      void links.then((l) => {
        if (live) useUserZoneLinkStore.setState({ data, links: l });
      });
    } else useUserZoneLinkStore.setState({ data, links });
    return () => {
      live = false;
    };
  }, [data, zones]);
}

/**
 * Keeps the filter and the open panel to zones this browser has. A zone whose layer was
 * removed here drops out silently (the user did it); one named by a link but never here (a
 * link from another browser) drops out with the link notice, never an error.
 */
function useReconcile(zones: readonly UserZone[]): void {
  const loaded = useUserLayersQuery().isSuccess;
  const chosen = useAppStore((s) => s.filter.userZones);
  const selected = useAppStore((s) => s.selectedUserZone);
  const seen = useRef(new Set<UserZoneId>());
  useEffect(() => {
    for (const z of zones) seen.current.add(z.id);
    if (!loaded) return;
    const have = new Set(zones.map((z) => z.id));
    const r = reconcileUserZones(chosen, selected, have, seen.current);
    if (!r.changed) return;
    const s = useAppStore.getState();
    if (r.selected !== selected) s.selectUserZone(r.selected);
    if (r.userZones.length !== chosen.length) s.setFilter({ userZones: r.userZones });
    // A briefing scene names its own missing zones on the wall (scene-zones-notice.tsx).
    if (r.ignored.length > 0 && !s.briefing.active) {
      useAppStore.setState({ ignoredFilterParts: [...s.ignoredFilterParts, ...r.ignored] });
    }
  }, [loaded, zones, chosen, selected]);
}

/** Mounted once (app root): user zones linked, filtered and shared like plan zones. */
export function useUserZoneSync(): void {
  const zones = useUserZones();
  useLinking(zones);
  useReconcile(zones);
}
