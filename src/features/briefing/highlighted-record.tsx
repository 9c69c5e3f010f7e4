import { resolveHighlights } from '../../data/briefing-highlights';
import { entityDisplayName, entityRecord } from '../../data/entity-name';
import { useEntityData } from '../../data/use-entities';
import { sceneHighlightRefs } from '../../state/briefing-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/**
 * The records a scene highlights, named under the caption (the record panel is hidden on a
 * wall); the map rings each one. Synthetic records say so, as everywhere else. References the
 * data does not hold are named in a notice rather than silently dropped.
 */
export function HighlightedRecord() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const refs = useAppStore(sceneHighlightRefs);
  const data = useEntityData();
  if (!data || !refs) return null;
  const { found, missing } = resolveHighlights(data, refs);
  return (
    <>
      {found.length > 0 && (
        <p className="briefing__record" data-testid="briefing-record">
          {found.map((h, i) => (
            <span key={h.ref}>
              {i > 0 && ' · '}
              <span className="briefing__record-label">
                {t(h.kind === 'project' ? 'briefing.recordProject' : 'briefing.recordEnterprise')}
              </span>{' '}
              <strong>{entityDisplayName(data, h, lang)}</strong>
              {entityRecord(data, h)?.synthetic && (
                <span className="briefing__record-syn"> · {t('briefing.synthetic')}</span>
              )}
            </span>
          ))}
        </p>
      )}
      {missing.length > 0 && (
        <p className="briefing__record-missing" role="status" data-testid="briefing-missing">
          {t('highlight.missing', { ids: missing.join(', ') })} {t('highlight.missingHint')}
        </p>
      )}
    </>
  );
}
