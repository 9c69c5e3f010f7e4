import type { FeatureCollection } from 'geojson';
import { useEffect } from 'react';
import { useUserLayers } from '../data/import/use-user-layers';
import type { UserLayer } from '../data/import/user-layer';
import type { JlpMap } from './jlp-map';

// One collection per features array, so a rename or a colour change re-uploads nothing.
const collections = new WeakMap<UserLayer['features'], FeatureCollection>();

function collectionOf(layer: UserLayer): FeatureCollection {
  let c = collections.get(layer.features);
  if (!c) {
    c = { type: 'FeatureCollection', features: layer.features };
    collections.set(layer.features, c);
  }
  return c;
}

/** Keeps the map's user layers in step with the imported layers. */
export function useUserLayerSync(map: JlpMap | null): void {
  const layers = useUserLayers();
  useEffect(() => {
    map?.setUserLayers(
      layers.map((l) => ({
        id: l.id,
        colour: l.colour,
        visible: l.visible,
        data: collectionOf(l),
      })),
    );
  }, [map, layers]);
}
