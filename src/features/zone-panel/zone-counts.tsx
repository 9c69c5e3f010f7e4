import { useStats } from '../../data/use-filter-result';
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
  if (!stats) return null;
  const n = (v: number) => formatCount(v, lang);
  return (
    <div className="zone-counts">
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
