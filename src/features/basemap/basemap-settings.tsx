import { useId, useState } from 'react';
import {
  type CustomUrlProblem,
  checkCustomUrl,
  parseTileOrigins,
  type TileCrs,
} from '../../domain/basemap';
import { useBasemapStore } from '../../state/basemap-store';
import { useT } from '../../state/use-t';

const EXTRA_ORIGINS = parseTileOrigins(import.meta.env.VITE_TILE_ORIGINS);

/** Tianditu key and a custom XYZ/TMS source, checked against the CSP's origin rule. */
export function BasemapSettings() {
  const t = useT();
  const id = useId();
  const store = useBasemapStore();
  const [key, setKey] = useState(store.userKey);
  const [url, setUrl] = useState(store.custom?.url ?? '');
  const [crs, setCrs] = useState<TileCrs>(store.custom?.crs ?? 'WGS-84');
  const [problem, setProblem] = useState<{ kind: CustomUrlProblem; origin: string } | null>(null);
  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    const kind = checkCustomUrl(url.trim(), window.location.origin, EXTRA_ORIGINS);
    if (kind) {
      let origin = '';
      try {
        origin = new URL(url.trim().replace(/\{-?[xyz]\}/g, '0')).origin;
      } catch {
        origin = url;
      }
      setProblem({ kind, origin });
      return;
    }
    setProblem(null);
    store.choose('custom', { url: url.trim(), crs });
  };
  return (
    <details className="basemap-settings">
      <summary>{t('basemap.settings')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          store.setUserKey(key);
        }}
      >
        <label htmlFor={`${id}-key`}>{t('basemap.key')}</label>
        <div className="basemap-settings__row">
          <input
            id={`${id}-key`}
            type="password"
            autoComplete="off"
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
          />
          <button type="submit">{t('basemap.keySave')}</button>
        </div>
        <p className="note">{t('basemap.keyHint')}</p>
      </form>
      <form onSubmit={apply}>
        <label htmlFor={`${id}-url`}>{t('basemap.customUrl')}</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          spellCheck={false}
          value={url}
          placeholder="http://127.0.0.1:8080/{z}/{x}/{y}.png"
          aria-describedby={`${id}-url-hint`}
          aria-invalid={problem !== null}
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
        <p id={`${id}-url-hint`} className="note">
          {t('basemap.customUrlHint')}
        </p>
        <label htmlFor={`${id}-crs`}>{t('basemap.customCrs')}</label>
        <select
          id={`${id}-crs`}
          value={crs}
          onChange={(e) => setCrs(e.currentTarget.value === 'GCJ-02' ? 'GCJ-02' : 'WGS-84')}
        >
          <option value="WGS-84">{t('basemap.crs.wgs')}</option>
          <option value="GCJ-02">{t('basemap.crs.gcj')}</option>
        </select>
        {problem && (
          <p className="basemap-settings__error" role="alert">
            {t(`basemap.problem.${problem.kind}`, { origin: problem.origin })}
          </p>
        )}
        <button type="submit">{t('basemap.customApply')}</button>
      </form>
    </details>
  );
}
