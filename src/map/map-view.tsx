import { lazy, Suspense, useRef } from 'react';
import { useAppStore } from '../state/store';
import { useT } from '../state/use-t';
import { useJlpMap } from './use-jlp-map';

/**
 * Room kept clear of the side panel when fitting a zone or a circle (px): the panel's real
 * overlap with the map, measured, since its width is in rem and follows the font size.
 */
function fitPadding() {
  const edge = 48;
  const wide = window.innerWidth > 900;
  const panel = document.querySelector('.side-panel')?.getBoundingClientRect();
  const mapBox = document.querySelector('.map')?.getBoundingClientRect();
  let right = edge;
  if (wide && panel && mapBox) right = Math.max(edge, mapBox.right - panel.left + 24);
  else if (wide && useAppStore.getState().selectedZone) right = 460;
  return { top: edge, bottom: edge, left: edge, right };
}

const DensitySync = lazy(() => import('./density-sync').then((m) => ({ default: m.DensitySync })));

/** The map container; `data-map-state` tells users' tools and our tests when it is ready. */
export function MapView() {
  const container = useRef<HTMLElement>(null);
  const mapState = useAppStore((s) => s.mapState);
  const mapError = useAppStore((s) => s.mapError);
  const mapWarning = useAppStore((s) => s.mapWarning);
  const setMapWarning = useAppStore((s) => s.setMapWarning);
  const t = useT();
  const map = useJlpMap(container, fitPadding);
  // The density view's aggregation is not part of first paint: it loads when first switched on.
  const densityOn = useAppStore((s) => s.densityMode !== 'off');
  return (
    <div className="map-wrap">
      <section
        ref={container}
        className="map"
        data-map-state={mapState}
        aria-label={t('map.regionLabel')}
        aria-busy={mapState === 'loading'}
      />
      {mapState === 'loading' && (
        <p className="map-status" role="status">
          {t('map.loading')}
        </p>
      )}
      {mapState === 'error' && (
        <p className="map-status map-status--error" role="alert">
          {t('map.error', { detail: mapError ?? '' })}
        </p>
      )}
      {mapState === 'idle' && mapWarning && (
        <p className="map-status map-status--error" role="alert">
          {t('hostile.mapError', { detail: mapWarning })}{' '}
          <button type="button" onClick={() => setMapWarning(null)}>
            {t('hostile.dismiss')}
          </button>
        </p>
      )}
      {map && densityOn && (
        <Suspense fallback={null}>
          <DensitySync map={map} />
        </Suspense>
      )}
    </div>
  );
}
