import { useId, useState } from 'react';
import { comparisonTable } from '../../data/export/comparison-rows';
import { toCsv } from '../../data/export/csv';
import { downloadText, exportFileName } from '../../data/export/download';
import { useZoneComparison } from '../../data/use-analysis';
import { type ComparedZoneLabels, useComparedZoneLabels } from '../../data/use-compared-zones';
import type { UserZoneId } from '../../domain/user-zone';
import type { ZoneId } from '../../domain/zone';
import type { ZoneComparisonRow } from '../../geo/zone-comparison';
import type { Lang } from '../../i18n/translate';
import { filterSummary } from '../../state/filter-summary';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount, formatDecimal, formatKm2, formatYi } from '../../ui/format-number';
import { ZONE_COLOURS } from '../../ui/palette';
import { BarTable } from '../stats/bar-table';
import { UserZoneBadge } from '../stats/user-zone-badge';
import { comparisonBars } from './comparison-bars';
import { ComparisonBreakdown } from './comparison-breakdown';
import {
  COMPARISON_COLUMNS,
  nextSort,
  type SortKey,
  type SortState,
  sortRows,
} from './comparison-sort';

const CELL_FORMAT: Record<Exclude<SortKey, 'zone'>, (v: number | null, lang: Lang) => string> = {
  area: (v, lang) => formatKm2(v ?? Number.NaN, lang),
  enterprises: (v, lang) => formatCount(v ?? Number.NaN, lang),
  density: (v, lang) => formatDecimal(v ?? Number.NaN, lang, 1),
  projects: (v, lang) => formatCount(v ?? Number.NaN, lang),
  investment: (v, lang) => formatYi(v ?? Number.NaN, lang),
  highTech: (v, lang) => formatCount(v ?? Number.NaN, lang),
};

/** The zones side by side: a sortable table, two bar charts, breakdowns, and a CSV export. */
export function ZoneComparison() {
  const t = useT();
  const headingId = useId();
  const lang = useAppStore((s) => s.lang);
  const filter = useAppStore((s) => s.filter);
  const rows = useZoneComparison();
  const labels = useComparedZoneLabels();
  const name = (r: ZoneComparisonRow) => labels.names[r.zone] ?? r.zone;
  const [sort, setSort] = useState<SortState>({ key: 'zone', dir: 'ascending' });
  if (!rows) return null;
  const exportCsv = () => {
    const name = exportFileName('zones', new Date(), filterSummary(filter, lang), 'csv');
    const table = comparisonTable(rows, labels.names, lang, labels.files);
    downloadText(toCsv(table), name, 'csv');
  };
  const bars = (get: (r: ZoneComparisonRow) => number) => comparisonBars(rows, get, name);
  return (
    <section className="analysis__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('an.cmp.heading')}</h3>
      <p className="note">{t('an.cmp.note')}</p>
      {rows.some((r) => r.userProvided) && <p className="note">{t('userZoneStats.cmpNote')}</p>}
      <ComparisonTable rows={sortRows(rows, sort)} labels={labels} sort={sort} onSort={setSort} />
      <button type="button" className="analysis__button" onClick={exportCsv}>
        {t('an.cmp.export')}
      </button>
      <BarTable
        caption={t('an.cmp.chartDensity')}
        labelHeader={t('an.cmp.chartLabel')}
        countHeader={t('an.cmp.col.density')}
        rows={bars((r) => r.enterprisesPerKm2 ?? 0)}
        lang={lang}
        format={(v) => formatDecimal(v, lang, 1)}
      />
      <BarTable
        caption={t('an.cmp.chartInvestment')}
        labelHeader={t('an.cmp.chartLabel')}
        countHeader={t('an.cmp.col.investment')}
        rows={bars((r) => r.group.investmentYi)}
        lang={lang}
        format={(v) => formatYi(v, lang)}
      />
      <ComparisonBreakdown rows={rows} names={labels.names} />
    </section>
  );
}

/** A plan zone's colour, or the colour a user gave the layer of a zone added from a file. */
function swatchColour(r: ZoneComparisonRow, labels: ComparedZoneLabels): string | undefined {
  return r.userProvided
    ? labels.userZones.get(r.zone as UserZoneId)?.colour
    : ZONE_COLOURS[r.zone as ZoneId];
}

interface TableProps {
  rows: ZoneComparisonRow[];
  labels: ComparedZoneLabels;
  sort: SortState;
  onSort: (s: SortState) => void;
}

function ComparisonTable({ rows, labels, sort, onSort }: TableProps) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const header = (key: SortKey, label: string) => (
    <th
      key={key}
      scope="col"
      aria-sort={sort.key === key ? sort.dir : undefined}
      className="analysis-table__sortable"
    >
      <button type="button" onClick={() => onSort(nextSort(sort, key))}>
        {label}
        <span aria-hidden="true">
          {sort.key === key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
    <section className="analysis-scroll" aria-label={t('an.cmp.caption')} tabIndex={0}>
      <table className="analysis-table" data-testid="zone-comparison">
        <caption>{t('an.cmp.caption')}</caption>
        <thead>
          <tr>
            {header('zone', t('an.cmp.col.zone'))}
            {COMPARISON_COLUMNS.map(([key, label]) => header(key, t(label)))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.zone} data-user-zone={r.userProvided || undefined}>
              <th scope="row">
                <span
                  className="analysis-swatch"
                  aria-hidden="true"
                  style={{ background: swatchColour(r, labels) }}
                />
                {labels.names[r.zone] ?? r.zone}
                {r.userProvided && <UserZoneBadge />}
              </th>
              {COMPARISON_COLUMNS.map(([key, , get]) => (
                <td key={key}>{CELL_FORMAT[key](get(r), lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
