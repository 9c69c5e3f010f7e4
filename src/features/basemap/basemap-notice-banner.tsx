import type { BasemapFailure } from '../../domain/basemap';
import type { MessageKey } from '../../i18n/translate';
import { useBasemapStore } from '../../state/basemap-store';
import { useT } from '../../state/use-t';

function reasonText(t: ReturnType<typeof useT>, r: BasemapFailure): string {
  if (r.kind !== 'http') return t(`basemap.reason.${r.kind}`);
  const specific = `basemap.reason.http${r.status}`;
  return [403, 418, 429].includes(r.status)
    ? t(specific as MessageKey)
    : t('basemap.reason.http', { status: r.status });
}

/** Says which basemap failed and why, once the offline map has taken over (basemap-notice.tsx). */
export function BasemapNoticeBanner() {
  const t = useT();
  const failure = useBasemapStore((s) => s.failure);
  const dismiss = useBasemapStore((s) => s.dismissFailure);
  if (!failure) return null;
  return (
    <div className="banner banner--notice basemap-notice" role="alert">
      {t('basemap.failed', {
        name: t(`basemap.${failure.id}`),
        reason: reasonText(t, failure.reason),
      })}
      <button type="button" onClick={dismiss}>
        {t('basemap.dismiss')}
      </button>
    </div>
  );
}
