import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/** Parts of a shared link's filter that could not be read: ignored, and said so once. */
export function FilterNotice() {
  const t = useT();
  const ignored = useAppStore((s) => s.ignoredFilterParts);
  const dismiss = useAppStore((s) => s.dismissFilterNotice);
  if (ignored.length === 0) return null;
  return (
    <div className="banner banner--notice" role="status">
      {t('filters.ignored', { parts: ignored.join(', ') })}
      <button type="button" onClick={dismiss}>
        {t('filters.dismiss')}
      </button>
    </div>
  );
}
