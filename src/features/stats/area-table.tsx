import type { Lang } from '../../i18n/translate';
import { useT } from '../../state/use-t';
import { formatCount, formatYi } from '../../ui/format-number';
import type { AreaColumn, CellKind, StatsArea, TableSection } from './stats-rows';
import { UserZoneBadge } from './user-zone-badge';

interface AreaTableProps {
  areas: readonly AreaColumn[];
  sections: TableSection[];
  areaName: (area: StatsArea) => string;
  lang: Lang;
}

const formatCell = (kind: CellKind, value: number, lang: Lang) =>
  kind === 'yi' ? formatYi(value, lang) : formatCount(value, lang);

/**
 * Every measure for every area (zones × measures). Measures are rows and areas columns,
 * because five numeric columns fit a narrow sidebar better than twenty; the table scrolls
 * sideways when the zone names do not fit.
 */
export function AreaTable({ areas, sections, areaName, lang }: AreaTableProps) {
  const t = useT();
  return (
    // A named section is a region; it takes focus so keyboard users can scroll it sideways
    // (WCAG 2.1.1 for scrollable regions), which the lint rule below does not know about.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
    <section className="stats-table-scroll" aria-label={t('stats.tableScroll')} tabIndex={0}>
      <table className="stats-table">
        <caption>{t('stats.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.colMeasure')}</th>
            {areas.map((a) => (
              <th key={a.area} scope="col" data-user-zone={a.userProvided || undefined}>
                {areaName(a.area)}
                {a.userProvided && (
                  <>
                    <UserZoneBadge />
                    <span className="stats-table__no-target">{t('userZone.noTarget')}</span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((s) => (
          <tbody key={s.key}>
            {s.title !== null && (
              <tr className="stats-table__group">
                <th scope="rowgroup" colSpan={areas.length + 1}>
                  {s.title}
                </th>
              </tr>
            )}
            {s.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, i) => (
                  <td key={areas[i]?.area}>{formatCell(r.kind, v, lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
