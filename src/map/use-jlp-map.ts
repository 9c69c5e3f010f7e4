import { type RefObject, useEffect, useRef, useState } from 'react';
import type { EntityData } from '../data/entities';
import { entityDisplayName } from '../data/entity-name';
import { useContextQuery, useDistrictQuery, useZonesQuery } from '../data/use-datasets';
import { recordsFromLink, useEntitiesQuery, useEntityData } from '../data/use-entities';
import { useMapFilterResult } from '../data/use-filter-result';
import { useLabels } from '../data/use-labels';
import { useZoneBboxes } from '../data/use-zone-bboxes';
import type { ContextLayer } from '../state/layers-slice';
import { registerPictureRenderer } from '../state/map-picture-port';
import { useAppStore } from '../state/store';
import { afterFirstPaint } from './after-first-paint';
import { DISTRICT_FIT_PADDING } from './create-map';
import { JlpMap, type JlpMapHandlers } from './jlp-map';
import { LAYERS } from './layer-specs';
import { useBasemapSync } from './use-basemap-sync';
import { useBriefingMap } from './use-briefing-map';
import { useDrawSync } from './use-draw';
import { useEntitySync } from './use-entity-sync';
import { useUserLayerSync } from './use-user-layer-sync';

/** Jiulongpo's frame before its outline has loaded (geography.md, WGS-84). */
export const DISTRICT_FALLBACK_BBOX: [number, number, number, number] = [
  106.249, 29.258, 106.549, 29.563,
];

const CONTEXT_LAYER_IDS: Record<ContextLayer, readonly string[]> = {
  district: [LAYERS.districtFill, LAYERS.districtLine],
  neighbours: [LAYERS.neighbourFill, LAYERS.neighbourLine],
  river: [LAYERS.river],
  labels: [LAYERS.contextLabels],
};

function storeHandlers(data: EntityData | undefined): JlpMapHandlers {
  const s = useAppStore.getState();
  return {
    onZoneClick: (id) => s.selectZone(id),
    onZoneHover: (id) => s.hoverZone(id),
    onMoveEnd: (view) => s.setView(view),
    onBoundsSettled: (bounds) => s.setBounds(bounds),
    onStateChange: (state, error) => s.setMapState(state, error),
    onLateError: (message) => s.setMapWarning(message),
    onEntityClick: (ref) => s.selectEntity(ref),
    onEntityHover: (ref) => s.hoverEntity(ref),
    entityName: (ref) => (data ? entityDisplayName(data, ref, s.lang) : ''),
  };
}

/** Creates the map once for the container and keeps it in step with the store and datasets. */
export function useJlpMap(
  container: RefObject<HTMLElement | null>,
  fitPadding: () => number | { top: number; right: number; bottom: number; left: number },
): JlpMap | null {
  const [map, setMap] = useState<JlpMap | null>(null);
  const padding = useRef(fitPadding);
  padding.current = fitPadding;
  const data = useRef<EntityData | undefined>(undefined);
  data.current = useEntityData();
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let instance: JlpMap | null = null;
    // Made once the interface has been painted (after-first-paint.ts): not one long task with
    // the first render while the GPU process starts.
    const cancel = afterFirstPaint(() => {
      try {
        const s = useAppStore.getState();
        instance = new JlpMap(el, {
          initialView: s.initialView,
          initialBounds: DISTRICT_FALLBACK_BBOX,
          lang: s.lang,
          handlers: () => storeHandlers(data.current),
        });
        setMap(instance);
        const live = instance;
        // The picture renderer (and its decor drawing) loads on the first export.
        registerPictureRenderer(async (size, decor) => {
          const { renderMapPicture } = await import('./map-picture');
          return renderMapPicture(live.maplibre, size, decor);
        });
      } catch (error) {
        useAppStore
          .getState()
          .setMapState('error', error instanceof Error ? error.message : String(error));
      }
    });
    return () => {
      cancel();
      registerPictureRenderer(null);
      instance?.destroy();
    };
  }, [container]);
  const baseSettled = useMapData(map);
  useMapUiState(map, padding);
  useEntitySync(map);
  useMapSettled(map, baseSettled);
  useDrawSync(map);
  // After the UI-state effects: a scene's flight wins over the zone fit of the same commit.
  useBriefingMap(map);
  useBasemapSync(map);
  useUserLayerSync(map, padding);
  return map;
}

/** Hands the zones, outlines and labels over; true once each has loaded or failed. */
function useMapData(map: JlpMap | null): boolean {
  const districtQuery = useDistrictQuery();
  const contextQuery = useContextQuery();
  const zonesQuery = useZonesQuery();
  const [district, context, zones] = [districtQuery.data, contextQuery.data, zonesQuery.data];
  const labels = useLabels();
  const settled =
    !districtQuery.isPending && !contextQuery.isPending && !zonesQuery.isPending && labels !== null;
  useEffect(() => {
    if (map && district) map.setDistrict(district.collection);
  }, [map, district]);
  useEffect(() => {
    if (map && context) map.setContext(context.collection);
  }, [map, context]);
  useEffect(() => {
    const s = useAppStore.getState();
    if (map && district && !s.initialView && !s.briefing.active) {
      const box = district.bbox;
      if (box) map.fitBounds(box, DISTRICT_FIT_PADDING, false);
    }
  }, [map, district]);
  useEffect(() => {
    if (map && zones) map.setZones(zones.collection);
  }, [map, zones]);
  useEffect(() => {
    if (map && labels) map.setLabels(labels);
  }, [map, labels]);
  return settled;
}

/**
 * Tells the map once every dataset of the first view has been handed over, the records' first
 * clusters included (or their load failed): its next idle then means all of it is drawn. Called
 * after the data and record effects so it runs after them in the same commit.
 */
function useMapSettled(map: JlpMap | null, baseSettled: boolean): void {
  const result = useMapFilterResult();
  const failed = useEntitiesQuery().isError;
  const settled = baseSettled && (result !== null || failed);
  // Records from a link may take seconds (a million streams in parts): the district is drawn
  // as soon as its own datasets are in, and the records' frame comes after, on its own.
  const baseFirst = baseSettled && recordsFromLink();
  useEffect(() => {
    if (map && baseFirst) map.drawBaseFirst();
  }, [map, baseFirst]);
  useEffect(() => {
    if (map && settled) map.setDataSettled();
  }, [map, settled]);
}

function useMapUiState(
  map: JlpMap | null,
  padding: RefObject<Parameters<typeof useJlpMap>[1]>,
): void {
  const lang = useAppStore((s) => s.lang);
  const zoneVisible = useAppStore((s) => s.zoneVisible);
  const contextVisible = useAppStore((s) => s.contextVisible);
  const selectedZone = useAppStore((s) => s.selectedZone);
  const selectionSeq = useAppStore((s) => s.selectionSeq);
  const hoveredZone = useAppStore((s) => s.hoveredZone);
  const requestedView = useAppStore((s) => s.requestedView);
  const requestedFit = useAppStore((s) => s.requestedFit);
  const bboxes = useZoneBboxes();
  useEffect(() => map?.setLang(lang), [map, lang]);
  useEffect(() => map?.setZoneVisibility(zoneVisible), [map, zoneVisible]);
  useEffect(() => {
    if (!map) return;
    for (const [layer, ids] of Object.entries(CONTEXT_LAYER_IDS)) {
      map.setLayerVisible(ids, contextVisible[layer as ContextLayer]);
    }
  }, [map, contextVisible]);
  useEffect(() => map?.setSelectedZone(selectedZone), [map, selectedZone]);
  useEffect(() => map?.setExternalHover(hoveredZone), [map, hoveredZone]);
  // selectionSeq re-fits when the same zone is chosen again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: selectionSeq is the trigger
  useEffect(() => {
    const box = selectedZone ? bboxes.get(selectedZone) : undefined;
    // In a briefing the scene sets the camera; its zone is only highlighted.
    if (useAppStore.getState().briefing.active) return;
    if (map && box && padding.current) map.fitBounds(box, padding.current(), true);
  }, [map, selectedZone, selectionSeq, bboxes, padding]);
  useEffect(() => {
    if (map && requestedView) map.jumpTo(requestedView.view);
  }, [map, requestedView]);
  useEffect(() => {
    if (map && requestedFit && padding.current) {
      map.fitBounds(requestedFit.bbox, padding.current(), true);
    }
  }, [map, requestedFit, padding]);
}
