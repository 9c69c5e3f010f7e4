import type { LoadFailure } from '../../data/load-entities';
import { useEntitiesQuery } from '../../data/use-entities';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/**
 * What went wrong loading enterprises and projects: a file that could not be used at all (the
 * rest of the app keeps working) and how many records were skipped, with a way to see why.
 */
export function EntityNotices() {
  const t = useT();
  const data = useEntitiesQuery().data;
  const setTab = useAppStore((s) => s.setSidebarTab);
  if (!data) return null;
  const failures = (['enterprises', 'projects'] as const).filter((k) => data.failed[k]);
  const skipped = data.skipped.length;
  if (failures.length === 0 && skipped === 0) return null;
  const detail = (failure: LoadFailure | null) => {
    if (failure?.code === 'network')
      return t('data.error.network', { status: failure.status ?? 0 });
    if (failure?.code === 'json') return t('data.error.json');
    return t('data.error.notGeojson');
  };
  return (
    <div
      className={`banner ${failures.length ? 'banner--error' : 'banner--notice'}`}
      role={failures.length ? 'alert' : 'status'}
    >
      <ul>
        {failures.map((k) => (
          <li key={k}>
            {t('entities.loadFailed', {
              dataset: t(k === 'enterprises' ? 'entities.enterprises' : 'entities.projects'),
              detail: detail(data.failed[k]),
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
