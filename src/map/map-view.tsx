import { useRef } from 'react';
import { useAppStore } from '../state/store';
import { useT } from '../state/use-t';
import { useJlpMap } from './use-jlp-map';

/** Room kept clear of the side panels when fitting a zone (px). */
function fitPadding() {
  const wide = window.innerWidth > 900;
  return {
    top: 48,
    bottom: 48,
    left: 48,
    right: wide && useAppStore.getState().selectedZone ? 460 : 48,
  };
}

/** The map container; `data-map-state` tells users' tools and our tests when it is ready. */
export function MapView() {
  const container = useRef<HTMLElement>(null);
  const mapState = useAppStore((s) => s.mapState);
  const mapError = useAppStore((s) => s.mapError);
  const mapWarning = useAppStore((s) => s.mapWarning);
  const setMapWarning = useAppStore((s) => s.setMapWarning);
  const t = useT();
  useJlpMap(container, fitPadding);
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
    </div>
  );
}
