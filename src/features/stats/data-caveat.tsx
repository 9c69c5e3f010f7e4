import { useEntityData } from '../../data/use-entities';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/**
 * The date of the enterprise data, and a caveat when the counted records include synthetic
 * ones: numbers beside the plan's targets must say how old and how real they are.
 */
export function DataCaveat() {
  const t = useT();
  const data = useEntityData();
  const includeSynthetic = useAppStore((s) => s.filter.includeSynthetic);
  if (!data) return null;
  const date = data.provenance.enterprises?.date ?? data.provenance.projects?.date ?? null;
  const synthetic = data.hasSynthetic && includeSynthetic;
  return (
    <div className="stats-caveat">
      <p className="note">{date ? t('stats.dataDate', { date }) : t('stats.dataDateUnknown')}</p>
      {synthetic && (
        <p className="note">
          <span className="badge badge--synthetic">{t('stats.synthetic')}</span>{' '}
          {t('stats.syntheticNote')}
        </p>
      )}
    </div>
  );
}
