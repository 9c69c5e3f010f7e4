import { useZoneList } from '../../data/use-datasets';
import { usePlanProgress, useStats } from '../../data/use-stats';
import type { SceneKpi } from '../../domain/briefing';
import { PLAN_TARGET_YEAR } from '../../domain/plan-targets';
import { type Lang, pick } from '../../i18n/translate';
import { narrowsRealRecords } from '../../state/filters-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatLargeNumber, formatYi } from '../../ui/format-number';
import { amountText, targetText } from '../stats/plan-target-text';

interface Card {
  key: string;
  label: string;
  value: string;
  sub: string;
}

function useZoneName(lang: Lang): (id: string | null) => string | null {
  const zones = useZoneList();
  return (id) => {
    const f = zones.find((z) => z.properties.zone_id === id);
    return f ? pick(lang, f.properties.name_zh, f.properties.name_en) : null;
  };
}

/** The KPI cards of a scene: counts from the one filter result, targets from the plan. */
export function KpiCards({ kpis }: { kpis: readonly SceneKpi[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const synthetic = useAppStore((s) => s.filter.includeSynthetic);
  const filtered = useAppStore((s) => narrowsRealRecords(s.filter));
  const stats = useStats();
  const progress = usePlanProgress();
  const zoneName = useZoneName(lang);
  if (kpis.length === 0) return null;
  const cards: Card[] = kpis.map((kpi, i) => {
    if (kpi.kind === 'count') {
      const group = stats ? (kpi.zone ? stats.byZone[kpi.zone] : stats.total) : null;
      const value = !group
        ? t('briefing.kpi.loading')
        : kpi.measure === 'investment'
          ? formatYi(group.investmentYi, lang)
          : formatLargeNumber(group[kpi.measure], lang);
      const area = (kpi.zone ? zoneName(kpi.zone) : t('briefing.kpi.district')) ?? '';
      // A scene's filter narrows the count: say so, or 全区 would read as the district's total.
      const sub = filtered ? t('briefing.kpi.filteredArea', { area }) : area;
      return { key: `${i}`, label: t(`briefing.kpi.${kpi.measure}`), value, sub };
    }
    const item = progress?.find((p) => p.indicator.id === kpi.target);
    if (!item) return { key: `${i}`, label: kpi.target, value: t('briefing.kpi.loading'), sub: '' };
    const { indicator, value } = item;
    return {
      key: `${i}`,
      label: pick(lang, indicator.name_zh, indicator.name_en),
      value: `${t('briefing.kpi.now')} ${value === null ? t('briefing.kpi.noData') : amountText(value, indicator, lang)}`,
      sub: `${t('briefing.kpi.target', { year: PLAN_TARGET_YEAR })} ${targetText(indicator, lang)}`,
    };
  });
  return (
    <div className="briefing__kpis">
      <ul className="briefing__kpi-list">
        {cards.map((c) => (
          <li key={c.key} className="briefing__kpi">
            <span className="briefing__kpi-label">{c.label}</span>
            <span className="briefing__kpi-value">{c.value}</span>
            <span className="briefing__kpi-sub">{c.sub}</span>
          </li>
        ))}
      </ul>
      {synthetic && <p className="briefing__kpi-note">{t('briefing.kpi.synthetic')}</p>}
    </div>
  );
}
