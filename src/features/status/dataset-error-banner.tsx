import { DatasetError } from '../../data/dataset-error';
import { formatValidationError } from '../../data/format-validation-error';
import type { QueryResult } from '../../data/query';
import { useContextQuery, useDistrictQuery, useZonesQuery } from '../../data/use-datasets';
import type { MessageKey } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

function useErrorDetail() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return (error: unknown): string => {
    if (!(error instanceof DatasetError)) return String(error);
    if (error.code === 'network') return t('data.error.network', { status: error.status ?? 0 });
    if (error.code === 'json') return t('data.error.json');
    const shown = error.problems.slice(0, 3).map((p) => formatValidationError(p, lang));
    const more = error.problems.length - shown.length;
    return shown.join(lang === 'zh' ? ';' : '; ') + (more > 0 ? ` (+${more})` : '');
  };
}

function ErrorLine({ query, messageKey }: { query: QueryResult<unknown>; messageKey: MessageKey }) {
  const t = useT();
  const detail = useErrorDetail();
  if (!query.isError) return null;
  return (
    <li>
      {t(messageKey, { detail: detail(query.error) })}{' '}
      <button type="button" onClick={() => query.refetch()}>
        {t('data.error.retry')}
      </button>
    </li>
  );
}

/** The banner itself, with the validation messages' wording (loaded on the first failure). */
export function DatasetErrorBanner() {
  const district = useDistrictQuery();
  const context = useContextQuery();
  const zones = useZonesQuery();
  return (
    <div className="banner banner--error" role="alert">
      <ul>
        <ErrorLine query={zones} messageKey="data.error.zones" />
        <ErrorLine query={district} messageKey="data.error.district" />
        <ErrorLine query={context} messageKey="data.error.context" />
      </ul>
    </div>
  );
}
