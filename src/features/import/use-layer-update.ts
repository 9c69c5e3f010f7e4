import { useCallback } from 'react';
import { useUserLayerActions } from '../../data/import/use-user-layers';
import type { UserLayer } from '../../data/import/user-layer';
import type { StorageFailure } from '../../data/import/user-layer-db';
import { useImportSession } from './import-session';

function report(storage: StorageFailure | null): void {
  if (storage) useImportSession.setState({ storage });
}

/** Saves a change to a layer; a storage failure is reported beside the import status. */
export function useLayerUpdate() {
  const { save, remove } = useUserLayerActions();
  return {
    update: useCallback(
      (layer: UserLayer, change: Partial<UserLayer>) => save({ ...layer, ...change }).then(report),
      [save],
    ),
    remove: useCallback((id: string) => remove(id).then(report), [remove]),
  };
}
