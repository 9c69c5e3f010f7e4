import { MAX_FILE_BYTES, STALL_TIMEOUT_MS } from '../../data/dataset-error';
import { MAX_STREAM_RECORDS } from '../../data/dataset-manifest';
import type { LoadFailure } from '../../data/load-entities';
import { LoadTimeoutError } from '../../data/load-in-worker';
import { refusedLinks, useEntitiesQuery } from '../../data/use-entities';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/** The notices themselves, with their wording of each failure (loaded with the first one). */
export function EntityNoticeBanner() {
  const t = useT();
  const query = useEntitiesQuery();
  const data = query.data;
  const setTab = useAppStore((s) => s.setSidebarTab);
  const refused = refusedLinks();
  const failures = (['enterprises', 'projects'] as const).filter((k) => data?.failed[k]);
  const skipped = data?.skipped.length ?? 0;
  const loadError = query.isError ? query.error : null;
  const errors = failures.length + refused.length + (loadError ? 1 : 0);
  if (errors === 0 && skipped === 0) return null;
  const tooLarge = (bytes: string | undefined) =>
    t('hostile.tooLarge', {
      size: Math.ceil(Number(bytes ?? 0) / 1048576),
      limit: MAX_FILE_BYTES / 1048576,
    });
  const loadErrorText = (error: Error) =>
    error instanceof LoadTimeoutError
      ? t('hostile.timeout', { seconds: error.seconds })
      : error.message;
  const detail = (failure: LoadFailure | null | undefined) => {
    if (failure?.code === 'refused') return t('hostile.refused');
    if (failure?.code === 'too-large') return tooLarge(failure.detail);
    if (failure?.code === 'stalled')
      return t('hostile.stalled', {
        seconds: STALL_TIMEOUT_MS / 1000,
        size: (Number(failure.detail ?? 0) / 1048576).toFixed(1),
      });
    if (failure?.code === 'bad-manifest')
      return t('stream.badManifest', { detail: failure.detail ?? '' });
    if (failure?.code === 'too-many-records')
      return t('stream.tooManyRecords', { count: failure.detail ?? '', limit: MAX_STREAM_RECORDS });
    if (failure?.code === 'unexpected')
      return t('hostile.unexpected', { detail: failure.detail ?? '' });
    if (failure?.code === 'network')
      return t('data.error.network', { status: failure.status ?? 0 });
    if (failure?.code === 'json') return t('data.error.json');
    return t('data.error.notGeojson');
  };
  return (
    <div
      className={`banner ${errors ? 'banner--error' : 'banner--notice'}`}
      role={errors ? 'alert' : 'status'}
    >
      <ul>
        {loadError && <li>{t('hostile.workerFailed', { detail: loadErrorText(loadError) })}</li>}
        {refused.map((r) => (
          <li key={r.dataset}>
            {t('hostile.linkRefused', { dataset: r.dataset, link: shorten(r.raw) })}
          </li>
        ))}
        {failures.map((k) => (
          <li key={k}>
            {t('entities.loadFailed', {
              dataset: t(k === 'enterprises' ? 'entities.enterprises' : 'entities.projects'),
              detail: detail(data?.failed[k]),
            })}
          </li>
        ))}
        {skipped > 0 && (
          <li>
            {t('entities.skipped', { count: skipped })}
            <button type="button" onClick={() => setTab('quality')}>
              {t('entities.skippedDetails')}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

/** A refused link is shown as text, cut short so a long one cannot fill the screen. */
function shorten(raw: string): string {
  return raw.length > 120 ? `${raw.slice(0, 117)}…` : raw;
}
