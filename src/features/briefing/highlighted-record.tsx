import { entityDisplayName, entityRecord } from '../../data/entity-name';
import { useEntityData } from '../../data/use-entities';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/**
 * The record a scene highlights, named under the caption (the record panel is hidden on a
 * wall). Synthetic records say so, as everywhere else.
 */
export function HighlightedRecord() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const ref = useAppStore((s) => s.selectedEntity);
  const data = useEntityData();
  const record = data && ref ? entityRecord(data, ref) : undefined;
  if (!data || !ref || !record) return null;
  return (
    <p className="briefing__record" data-testid="briefing-record">
      <span className="briefing__record-label">
        {t(ref.kind === 'project' ? 'briefing.recordProject' : 'briefing.recordEnterprise')}
      </span>{' '}
      <strong>{entityDisplayName(data, ref, lang)}</strong>
      {record.synthetic && (
        <span className="briefing__record-syn"> · {t('briefing.synthetic')}</span>
      )}
    </p>
  );
}
