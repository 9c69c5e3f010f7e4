import { lazy, Suspense } from 'react';
import { BASEMAP_IDS, type BasemapId } from '../../domain/basemap';
import { withMessages } from '../../i18n/lazy-messages';
import { displayCrsOf, tiandituKey, useBasemapStore } from '../../state/basemap-store';
import { useT } from '../../state/use-t';
import './basemap.css';

// The key and custom-source form is not part of first paint; its summary line holds its place.
const BasemapSettings = lazy(() =>
  withMessages(import('./basemap-settings')).then((m) => ({ default: m.BasemapSettings })),
);

/** Each basemap's name, spelled out: the `basemap.` family also has lazy-loaded messages. */
const NAME = {
  offline: 'basemap.offline',
  'tdt-vec': 'basemap.tdt-vec',
  'tdt-img': 'basemap.tdt-img',
  osm: 'basemap.osm',
  ofm: 'basemap.ofm',
  custom: 'basemap.custom',
} as const satisfies Record<BasemapId, string>;

/** The basemap switcher: native radio buttons (arrow keys move between them), then settings. */
export function BasemapPanel() {
  const t = useT();
  const basemap = useBasemapStore((s) => s.basemap);
  const custom = useBasemapStore((s) => s.custom);
  const choose = useBasemapStore((s) => s.choose);
  const hasKey = useBasemapStore((s) => tiandituKey(s) !== '');
  const gcj = useBasemapStore(displayCrsOf) === 'GCJ-02';
  const opacity = useBasemapStore((s) => s.zoneOpacity);
  const setOpacity = useBasemapStore((s) => s.setZoneOpacity);
  return (
    <div className="panel basemap-panel">
      <fieldset>
        <legend>{t('basemap.title')}</legend>
        {BASEMAP_IDS.map((id) => {
          const needsKey = (id === 'tdt-vec' || id === 'tdt-img') && !hasKey;
          const noCustom = id === 'custom' && !custom;
          return (
            <label key={id} className="check-row">
              <input
                type="radio"
                name="basemap"
                value={id}
                checked={basemap === id}
                disabled={needsKey || noCustom}
                onChange={() => choose(id)}
              />
              {t(NAME[id])}
              {needsKey && <span className="note">({t('basemap.needsKey')})</span>}
            </label>
          );
        })}
      </fieldset>
      {gcj && (
        <p className="note basemap-panel__gcj" role="status">
          {t('basemap.gcjNotice')}
        </p>
      )}
      <label className="basemap-panel__opacity">
        {t('basemap.opacity')}
        <input
          type="range"
          min={0}
          max={0.8}
          step={0.04}
          value={opacity}
          aria-valuetext={`${Math.round(opacity * 100)}%`}
          onChange={(e) => setOpacity(Number(e.currentTarget.value))}
        />
        <output>{Math.round(opacity * 100)}%</output>
      </label>
      <Suspense
        fallback={
          <details className="basemap-settings">
            <summary>{t('basemap.settings')}</summary>
          </details>
        }
      >
        <BasemapSettings />
      </Suspense>
    </div>
  );
}
