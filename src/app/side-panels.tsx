import { EntityPanel } from '../features/entity-panel/entity-panel';
import { UserZonePanel } from '../features/import/user-zone-panel';
import { ZonePanel } from '../features/zone-panel/zone-panel';
import { useAppStore } from '../state/store';
import { useReturnFocus } from '../ui/use-return-focus';

/** The right-hand panel: a selected record's details, else the selected zone's. */
export function SidePanels() {
  const entity = useAppStore((s) => s.selectedEntity !== null);
  const zone = useAppStore((s) => s.selectedZone !== null);
  useReturnFocus(entity || zone, '.side-panel');
  if (entity) return <EntityPanel />;
  return (
    <>
      <ZonePanel />
      <UserZonePanel />
    </>
  );
}
