import { EntityPanel } from '../features/entity-panel/entity-panel';
import { ZonePanel } from '../features/zone-panel/zone-panel';
import { useAppStore } from '../state/store';

/** The right-hand panel: a selected record's details, else the selected zone's. */
export function SidePanels() {
  const entity = useAppStore((s) => s.selectedEntity !== null);
  return entity ? <EntityPanel /> : <ZonePanel />;
}
