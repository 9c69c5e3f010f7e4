import type { ComparedZoneNames } from '../../data/export/comparison-rows';
import { CATEGORIES, INDUSTRIES, PROJECT_STATUSES } from '../../domain/entity';
import type { ZoneComparisonRow } from '../../geo/zone-comparison';
import { categoryLabel, industryLabel, statusLabel } from '../../i18n/enum-labels';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount, formatPercent } from '../../ui/format-number';
import { amountText } from '../stats/plan-target-text';
import { UserZoneBadge } from '../stats/user-zone-badge';

interface Props {
  rows: readonly ZoneComparisonRow[];
  names: ComparedZoneNames;
}

interface GridProps extends Props {
  caption: string;
  columns: readonly { key: string; label: string }[];
  cell: (r: ZoneComparisonRow, key: string) => string;
}

/** Zones as rows, values as columns: the table every breakdown shares. */
function ZoneGrid({ rows, names, caption, columns, cell }: GridProps) {
  return (
    <table className="analysis-table analysis-table--compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td />
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.zone}>
            <th scope="row">
              {names[r.zone] ?? r.zone}
              {r.userProvided && <UserZoneBadge />}
            </th>
            {columns.map((c) => (
              <td key={c.key}>{cell(r, c.key)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Counts by industry, category and project status, and plan-target progress, per zone. */
export function ComparisonBreakdown({ rows, names }: Props) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const n = (v: number | undefined) => formatCount(v ?? 0, lang);
  const indicators = rows.find((r) => r.progress !== null)?.progress ?? [];
  return (
    <details className="analysis__details">
      <summary>{t('an.cmp.breakdown')}</summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable. */}
      <section className="analysis-scroll" aria-label={t('an.cmp.breakdown')} tabIndex={0}>
        <ZoneGrid
          rows={rows}
          names={names}
          caption={t('an.cmp.byIndustry')}
          columns={INDUSTRIES.map((v) => ({ key: v, label: industryLabel(v, lang) }))}
          cell={(r, k) => n(r.group.enterprisesByIndustry[k as (typeof INDUSTRIES)[number]])}
        />
        <ZoneGrid
          rows={rows}
          names={names}
          caption={t('an.cmp.byCategory')}
          columns={CATEGORIES.map((v) => ({ key: v, label: categoryLabel(v, lang) }))}
          cell={(r, k) => n(r.group.enterprisesByCategory[k as (typeof CATEGORIES)[number]])}
        />
        <ZoneGrid
          rows={rows}
          names={names}
          caption={t('an.cmp.byStatus')}
          columns={PROJECT_STATUSES.map((v) => ({ key: v, label: statusLabel(v, lang) }))}
          cell={(r, k) => n(r.group.projectsByStatus[k as (typeof PROJECT_STATUSES)[number]])}
        />
        <ZoneGrid
          rows={rows}
          names={names}
          caption={t('an.cmp.targets')}
          columns={indicators.map((p, i) => ({
            key: String(i),
            label: pick(lang, p.indicator.name_zh, p.indicator.name_en),
          }))}
          cell={(r, k) => {
            // A zone a user added: the plan sets it no target, and none is made up for it.
            if (r.progress === null) return t('userZone.noTarget');
            const p = r.progress[Number(k)];
            if (!p || p.value === null || p.progress === null) return t('an.cmp.noData');
            return `${amountText(p.value, p.indicator, lang)} (${formatPercent(p.progress * 100, lang)})`;
          }}
        />
      </section>
    </details>
  );
}
