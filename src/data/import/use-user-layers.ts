import { queryOptions } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ZoneId } from '../../domain/zone';
import { queryClient, useQuery } from '../query';
import type { UserLayer } from './user-layer';
import type { StorageFailure } from './user-layer-db';
import { zoneOverridesFor } from './zone-overrides-loader';

/** IndexedDB code loads with the query's first run, not with the first paint's bundle. */
const db = () => import('./user-layer-db');

const KEY = ['user-layers'] as const;
const NONE: UserLayer[] = [];

export const userLayersQueryOptions = () =>
  queryOptions({
    queryKey: KEY,
    // Without IndexedDB (private windows in some browsers) layers still work for the session.
    queryFn: async (): Promise<UserLayer[]> => {
      let layers: UserLayer[];
      try {
        layers = await (await db()).loadUserLayers();
      } catch {
        return [];
      }
      await zoneOverridesFor(layers);
      return layers;
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    // Structural sharing compares new data with old deeply: with a 100,000-feature layer that
    // was a multi-second main-thread task on every import and setting change. Layers are
    // replaced whole (new objects), so identity already tells what changed.
    structuralSharing: false,
  });

export const useUserLayersQuery = () => useQuery(userLayersQueryOptions());

/** The imported layers, oldest first (empty while they load from IndexedDB). */
export function useUserLayers(): UserLayer[] {
  return useUserLayersQuery().data ?? NONE;
}

/** The layer whose polygons stand in for a zone, if any (the latest one wins). */
export function useZoneSourceLayer(zone: ZoneId): UserLayer | null {
  const layers = useUserLayers();
  return useMemo(
    () => layers.findLast((l) => l.use.kind === 'zone' && l.use.zoneId === zone) ?? null,
    [layers, zone],
  );
}

/**
 * Saving and removing layers. The in-memory list changes whatever happens, so a layer stays
 * usable for the session; the promise tells whether IndexedDB kept it (null) or why not.
 */
export function useUserLayerActions() {
  // The client has loaded by the time a user imports anything (it loads with first paint).
  const put = useCallback(async (layer: UserLayer) => {
    // A layer that now replaces a zone: the zones query's select needs the overrides first.
    await zoneOverridesFor([layer]);
    (await queryClient()).setQueryData<UserLayer[]>(KEY, (old = []) => {
      const i = old.findIndex((l) => l.id === layer.id);
      return i < 0 ? [...old, layer] : old.map((l) => (l.id === layer.id ? layer : l));
    });
  }, []);
  const save = useCallback(
    async (layer: UserLayer): Promise<StorageFailure | null> => {
      await put(layer);
      const { saveUserLayer, StorageError } = await db();
      return saveUserLayer(layer).then(
        () => null,
        (error: unknown) => (error instanceof StorageError ? error.failure : 'failed'),
      );
    },
    [put],
  );
  const remove = useCallback(async (id: string): Promise<StorageFailure | null> => {
    (await queryClient()).setQueryData<UserLayer[]>(KEY, (old = []) =>
      old.filter((l) => l.id !== id),
    );
    const { deleteUserLayer, StorageError } = await db();
    return deleteUserLayer(id).then(
      () => null,
      (error: unknown) => (error instanceof StorageError ? error.failure : 'failed'),
    );
  }, []);
  return { save, remove };
}
