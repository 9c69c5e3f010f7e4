import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { useEntityData } from './use-entities';

/**
 * Ties the selected record's index to its id, both ways: a selection read from the URL (by id)
 * is resolved once the data has loaded, and each new selection records its id for the URL.
 */
export function useSelectionIds(): void {
  const data = useEntityData();
  const pending = useAppStore((s) => s.pendingSelection);
  const selected = useAppStore((s) => s.selectedEntity);
  useEffect(() => {
    if (!data || !pending) return;
    const byId =
      pending.kind === 'enterprise' ? data.link.enterpriseIndexById : data.link.projectIndexById;
    const index = byId.get(pending.id);
    const s = useAppStore.getState();
    s.resolvePendingSelection(
      index === undefined ? null : { kind: pending.kind, index },
      index === undefined ? null : pending.id,
      !s.briefing.active,
    );
  }, [data, pending]);
  useEffect(() => {
    if (!data || !selected) return;
    const record =
      selected.kind === 'enterprise'
        ? data.enterprises[selected.index]
        : data.projects[selected.index];
    if (record && useAppStore.getState().selectedEntityId !== record.id) {
      useAppStore.setState({ selectedEntityId: record.id });
    }
  }, [data, selected]);
}
