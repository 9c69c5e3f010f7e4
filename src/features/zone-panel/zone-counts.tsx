import { useStats } from '../../data/use-stats';
import { CATEGORIES, INDUSTRIES, PROJECT_STATUSES } from '../../domain/entity';
import type { ZoneId } from '../../domain/zone';
import { categoryLabel, industryLabel, statusLabel } from '../../i18n/enum-labels';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount, formatYi } from '../../ui/format-number';

/** Counts of the zone's records under the current filter, by category, industry and status. */
export function ZoneCounts({ zone }: { zone: ZoneId }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const stats = useStats()?.byZone[zone];
  const syntheticHidden = useAppStore((s) => !s.filter.includeSynthetic);
  if (!stats) return null;
  const n = (v: number) => formatCount(v, lang);
  // With synthetic records hidden, an empty zone means no real data, not "investment 0".
  if (syntheticHidden && stats.enterprises === 0 && stats.projects === 0) {
    return (
      <p className="zone-counts zone-counts__none" data-testid="zone-no-real">
        {t('zone.noRealData')}
      </p>
    );
  }
  return (
    <div className="zone-counts">
      {syntheticHidden && stats.enterprises === 0 && (
        <p className="zone-counts__none" data-testid="zone-no-real">
          {t('zone.noRealData')}
        </p>
      )}
      <p className="zone-counts__totals">
        <span data-testid="zone-enterprise-count">
          {t('entities.enterprises')} <strong>{n(stats.enterprises)}</strong>
        </span>
        <span data-testid="zone-project-count">
          {t('entities.projects')} <strong>{n(stats.projects)}</strong>
        </span>
        <span>
          {t('entity.investment')} <strong>{formatYi(stats.investmentYi, lang)}</strong>
        </span>
      </p>
      <details>
        <summary>{t('zoneList.counts')}</summary>
        <dl className="facts facts--compact">
          <dt className="facts__group">{t('zoneList.byCategory')}</dt>
          {CATEGORIES.map((c) => (
            <Row key={c} label={categoryLabel(c, lang)} value={n(stats.enterprisesByCategory[c])} />
          ))}
          <dt className="facts__group">{t('zoneList.byIndustry')}</dt>
          {INDUSTRIES.map((i) => (
            <Row key={i} label={industryLabel(i, lang)} value={n(stats.enterprisesByIndustry[i])} />
          ))}
          <dt className="facts__group">{t('zoneList.byStatus')}</dt>
          {PROJECT_STATUSES.map((s) => (
            <Row key={s} label={statusLabel(s, lang)} value={n(stats.projectsByStatus[s])} />
          ))}
        </dl>
      </details>
    </div>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
