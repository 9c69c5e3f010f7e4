import type maplibregl from 'maplibre-gl';
import type { MapView } from '../state/url-hash';
import { viewOf } from './camera';
import type { BBox } from './create-map';
import { reportDisplay } from './display-report';
import { LAYERS } from './layer-specs';
import { SettledReport } from './settled-report';

export interface ViewReportHandlers {
  onMoveEnd: (view: MapView) => void;
  /** The visible box once the map has drawn after a move (later than onMoveEnd). */
  onBoundsSettled: (bounds: BBox) => void;
}

/**
 * Reports every move's end: the view (link, zoom) at once; the box, which "only what is in
 * view" follows, once the map has drawn (settled-report.ts). Returns the report itself, for a
 * fit that did not move the camera but must be reported all the same.
 */
export function bindViewReport(
  map: maplibregl.Map,
  /** The wall's display scale now (1 unless display-scale.ts has been loaded and applied). */
  scale: () => number,
  handlers: () => ViewReportHandlers,
): () => void {
  const box = new SettledReport(map, () => {
    const [[w, south], [e, n]] = map.getBounds().toArray();
    handlers().onBoundsSettled([w, south, e, n]);
  });
  const report = () => {
    reportDisplay(map, scale(), LAYERS.zoneLabels);
    handlers().onMoveEnd(viewOf(map));
    box.schedule();
  };
  map.on('moveend', report);
  return report;
}
