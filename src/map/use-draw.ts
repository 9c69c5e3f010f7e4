import { useEffect, useState } from 'react';
import { loadShapeUnion } from '../geo/shape-union-loader';
import { translate } from '../i18n/translate';
import { useAppStore } from '../state/store';
import { formatDecimal } from '../ui/format-number';
import type { DrawController } from './draw-controller';
import type { JlpMap } from './jlp-map';
import type { RadiusLabel } from './radius-label';

/**
 * Drawing on the map, kept in step with the store: the store's drawMode picks the tool, the
 * filter's shapes are drawn (from a shared link too), and what the user draws, edits or
 * deletes is written back as the filter's shapes.
 */
export function useDrawSync(map: JlpMap | null): void {
  const [controller, setController] = useState<DrawController | null>(null);
  const mode = useAppStore((s) => s.drawMode);
  const shapes = useAppStore((s) => s.filter.shapes);
  // terra-draw is not part of first paint: it loads once the map is idle, or at once when a
  // tool is picked or a link brings shapes, whichever comes first.
  const wanted = useAppStore(
    (s) => s.mapState === 'idle' || s.drawMode !== null || s.filter.shapes.length > 0,
  );
  const [load, setLoad] = useState(false);
  useEffect(() => {
    if (wanted) setLoad(true);
  }, [wanted]);
  useEffect(() => {
    if (!map || !load) return;
    let draw: DrawController | null = null;
    let cancelled = false;
    let label: RadiusLabel | null = null;
    // The radius label comes with terra-draw: neither is needed for the first frame. The shape
    // tests come too, so the first drawn shape filters at once.
    void loadShapeUnion();
    void Promise.all([import('./draw-controller'), import('./radius-label')]).then(
      ([{ DrawController }, { RadiusLabel }]) => {
        if (cancelled) return;
        const radius = new RadiusLabel(map.maplibre);
        label = radius;
        draw = new DrawController(map.maplibre);
        // Read the store when an event comes, so the listeners are bound once.
        draw.onChange((next) => useAppStore.getState().setFilter({ shapes: next }));
        // One shape per pick of a tool: afterwards clicks select zones again.
        draw.on('drawn', () => useAppStore.getState().setDrawMode(null));
        draw.on('radius', (km) => useAppStore.getState().setDrawRadiusKm(km));
        draw.on('radiusAt', (live) => {
          if (!live) return radius.hide();
          const lang = useAppStore.getState().lang;
          radius.show(
            live.at,
            translate(lang, 'draw.radiusLive', { km: formatDecimal(live.km, lang) }),
          );
        });
        setController(draw);
      },
    );
    return () => {
      cancelled = true;
      label?.hide();
      draw?.destroy();
      setController(null);
    };
  }, [map, load]);
  useEffect(() => controller?.setMode(mode), [controller, mode]);
  useEffect(() => controller?.setShapes(shapes), [controller, shapes]);
}
