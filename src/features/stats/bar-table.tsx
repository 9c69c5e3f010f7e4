import type { Lang } from '../../i18n/translate';
import { formatCount } from '../../ui/format-number';
import type { BarRow } from './stats-rows';
import { UserZoneBadge } from './user-zone-badge';

interface BarTableProps {
  /** The chart's title, also the table's caption (what a screen reader announces). */
  caption: string;
  /** Header of the label column (行业, 类别, ...) and of the count column (企业数, ...). */
  labelHeader: string;
  countHeader: string;
  rows: BarRow[];
  lang: Lang;
  /** How a value is written; whole counts by default. */
  format?: (value: number) => string;
}

/**
 * A small horizontal bar chart that is a real table: screen readers read the rows and
 * headers, while the bars themselves are aria-hidden decoration. One structure serves both,
 * so the chart and its text alternative cannot drift apart. A zone a user added carries the
 * same 用户提供 badge as in the tables, and a hatched bar; no chart draws a plan target.
 */
export function BarTable({ caption, labelHeader, countHeader, rows, lang, format }: BarTableProps) {
  return (
    <table className="stats-bars">
      <caption>{caption}</caption>
      <thead className="stats-sr-only">
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{countHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-user-zone={r.userProvided || undefined}>
            <th scope="row">
              {r.label}
              {/* The space keeps the accessible name two words: "My park user-provided". */}
              {r.userProvided && (
                <>
                  {' '}
                  <UserZoneBadge />
                </>
              )}
            </th>
            <td>
              <span className="stats-bars__cell">
                <span className="stats-bars__track" aria-hidden="true">
                  <span
                    className={`stats-bars__bar${r.userProvided ? ' stats-bars__bar--user' : ''}`}
                    style={{ inlineSize: `${(r.fraction * 100).toFixed(1)}%` }}
                  />
                </span>
                <span className="stats-bars__value">
                  {format ? format(r.value) : formatCount(r.value, lang)}
                </span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
