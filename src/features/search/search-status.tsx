import type { SearchResult } from '../../data/search-index';
import type { SearchStatus } from '../../data/use-search';
import { useT } from '../../state/use-t';

interface Props {
  status: SearchStatus;
  result: SearchResult;
  query: string;
  /** The line under the list; without it, the polite live region screen readers announce. */
  visible?: boolean;
}

/** "Results: 12", "Showing 20 of 135", "No results", or why there are none yet. */
function useStatusText(status: SearchStatus, result: SearchResult, query: string): string {
  const t = useT();
  if (query.trim() === '') return '';
  if (status === 'failed') return t('search.failed');
  if (status !== 'ready') return t('search.loading');
  const { hits, total } = result;
  if (total === 0) return t('search.noResults');
  if (total > hits.length) return t('search.countTruncated', { shown: hits.length, total });
  return t('search.count', { count: total });
}

/**
 * The result count or "no results". The live region is always in the DOM (a region added with
 * its text is often not announced) and sits outside the popup, which is hidden when closed.
 */
export function SearchStatusLine({ status, result, query, visible = false }: Props) {
  const text = useStatusText(status, result, query);
  if (visible) {
    return text === '' ? null : <p className="search__status">{text}</p>;
  }
  return (
    <div className="search__live" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
