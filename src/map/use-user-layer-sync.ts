import { type RefObject, useEffect } from 'react';
import { layerPolygons } from '../data/import/layer-polygons';
import { useUserLayers } from '../data/import/use-user-layers';
import { bboxOf } from '../geo/bbox';
import { useAppStore } from '../state/store';
import { drawingCollection } from './drawing-collection';
import type { JlpMap } from './jlp-map';

type Padding = () => number | { top: number; right: number; bottom: number; left: number };

/** The selected user zone: its layer emphasised and, when chosen, fitted like a plan zone. */
function useUserZoneFocus(map: JlpMap | null, padding: RefObject<Padding>): void {
  const layers = useUserLayers();
  const selected = useAppStore((s) => s.selectedUserZone);
  const seq = useAppStore((s) => s.selectionSeq);
  const layerId = selected ? selected.slice('user:'.length) : null;
  const layer = layers.find((l) => l.id === layerId && l.use.kind === 'newZone');
  useEffect(() => map?.setSelectedUserLayer(layer ? layer.id : null), [map, layer]);
  // seq re-fits when the same zone is chosen again; a rename (new layer object) does not.
  // biome-ignore lint/correctness/useExhaustiveDependencies: seq is the trigger, not layer
  useEffect(() => {
    const geometry = layer ? layerPolygons(layer) : null;
    const box = geometry ? bboxOf([geometry]) : null;
    if (map && box && !useAppStore.getState().briefing.active) {
      map.fitBounds(box, padding.current(), true);
    }
  }, [map, layer?.id, seq, padding]);
}

/** Keeps the map's user layers in step with the imported layers. */
export function useUserLayerSync(map: JlpMap | null, padding: RefObject<Padding>): void {
  useUserZoneFocus(map, padding);
  const layers = useUserLayers();
  useEffect(() => {
    map?.setUserLayers(
      layers.map((l) => ({
        id: l.id,
        colour: l.colour,
        visible: l.visible,
        data: drawingCollection(l.features),
      })),
    );
  }, [map, layers]);
}
