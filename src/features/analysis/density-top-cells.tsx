import type { DensityGrid } from '../../geo/density';
import { unproject } from '../../geo/equal-area';
import { cellCentre, unpackCell } from '../../geo/hex-grid';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount, formatDecimal, formatYi } from '../../ui/format-number';

const TOP = 10;

/**
 * The highest cells as a table: the keyboard and screen-reader way to the values the map shows
 * on hover. Focusing a row lights its cell on the map.
 */
export function DensityTopCells({ grid }: { grid: DensityGrid }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setFocused = useAppStore((s) => s.setFocusedCell);
  const weighted = grid.options.weight === 'investment';
  const cells = grid.cells.slice(0, TOP);
  return (
    <table className="analysis-table analysis-table--compact" data-testid="density-top">
      <caption>{t('an.density.top', { n: cells.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('an.density.col.rank')}</th>
          <th scope="col">{t('an.density.col.centre')}</th>
          <th scope="col">{t('an.density.col.count')}</th>
          <th scope="col">{t(weighted ? 'an.density.col.value' : 'an.density.col.perKm2')}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c, i) => {
          const [q, r] = unpackCell(c.key);
          const [lng, lat] = unproject(...cellCentre(q, r, grid.options.sizeKm));
          return (
            <tr
              key={c.key}
              tabIndex={0}
              onFocus={() => setFocused(c.key)}
              onBlur={() => setFocused(null)}
              onMouseEnter={() => setFocused(c.key)}
              onMouseLeave={() => setFocused(null)}
            >
              <td>{i + 1}</td>
              <td>
                {lng.toFixed(4)}, {lat.toFixed(4)}
              </td>
              <td>{formatCount(c.count, lang)}</td>
              <td>
                {weighted
                  ? formatYi(c.value, lang)
                  : formatDecimal(c.count / grid.cellAreaKm2, lang, 1)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
