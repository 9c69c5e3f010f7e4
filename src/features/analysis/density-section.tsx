import { useId } from 'react';
import { downloadText, exportFileName } from '../../data/export/download';
import { HEAT_CELL_KM, useDensityGrid } from '../../data/use-analysis';
import { classBreaks, type DensityGrid, densityGeoJSON } from '../../geo/density';
import type { DensityMode } from '../../state/analysis-slice';
import { filterSummary } from '../../state/filter-summary';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { DENSITY_COLOURS } from '../../ui/density-palette';
import { formatCount, formatDecimal } from '../../ui/format-number';
import { DensityTopCells } from './density-top-cells';

const MODES: readonly DensityMode[] = ['off', 'hexagons', 'heatmap'];

/** Density view controls, its legend, the highest cells and the grid export. */
export function DensitySection() {
  const t = useT();
  const headingId = useId();
  const mode = useAppStore((s) => s.densityMode);
  const dataset = useAppStore((s) => s.densityDataset);
  const weight = useAppStore((s) => s.densityWeight);
  const setDensity = useAppStore((s) => s.setDensity);
  const grid = useDensityGrid();
  return (
    <section className="analysis__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('an.density.heading')}</h3>
      <fieldset className="analysis__radios">
        <legend>{t('an.density.mode')}</legend>
        {MODES.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${headingId}-mode`}
              checked={mode === m}
              onChange={() => setDensity({ densityMode: m })}
            />
            {t(`an.density.${m}`)}
          </label>
        ))}
      </fieldset>
      <div className="analysis__selects">
        <label>
          {t('an.density.dataset')}
          <select
            value={weight === 'investment' ? 'projects' : dataset}
            disabled={weight === 'investment'}
            onChange={(e) => {
              const v = e.target.value;
              if (v === 'enterprises' || v === 'projects' || v === 'both') {
                setDensity({ densityDataset: v });
              }
            }}
          >
            <option value="enterprises">{t('an.density.enterprises')}</option>
            <option value="projects">{t('an.density.projects')}</option>
            <option value="both">{t('an.density.both')}</option>
          </select>
        </label>
        <label>
          {t('an.density.weight')}
          <select
            value={weight}
            onChange={(e) =>
              setDensity({
                densityWeight: e.target.value === 'investment' ? 'investment' : 'count',
              })
            }
          >
            <option value="count">{t('an.density.count')}</option>
            <option value="investment">{t('an.density.investment')}</option>
          </select>
        </label>
      </div>
      {weight === 'investment' && <p className="note">{t('an.density.weightNote')}</p>}
      {grid && mode !== 'off' && <GridDetails grid={grid} mode={mode} />}
    </section>
  );
}

function GridDetails({ grid, mode }: { grid: DensityGrid; mode: Exclude<DensityMode, 'off'> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filter = useAppStore((s) => s.filter);
  const size = grid.options.sizeKm;
  const exportGrid = () => {
    const name = exportFileName('density-grid', new Date(), filterSummary(filter, lang), 'geojson');
    downloadText(JSON.stringify(densityGeoJSON(grid)), name, 'geojson');
  };
  return (
    <>
      <p className="note">
        {mode === 'hexagons'
          ? t('an.density.cell', {
              size: formatDecimal(size, lang, 3),
              area: formatDecimal(grid.cellAreaKm2, lang, 3),
            })
          : t('an.density.heatCell', { size: formatDecimal(HEAT_CELL_KM, lang, 3) })}
      </p>
      <p
        className="analysis__status"
        role="status"
        data-testid="density-summary"
        data-count={grid.counted}
      >
        {t(
          grid.options.weight === 'investment'
            ? 'an.density.summaryWeighted'
            : 'an.density.summary',
          {
            cells: formatCount(grid.cells.length, lang),
            count: formatCount(grid.counted, lang),
          },
        )}
      </p>
      {grid.unweighted > 0 && (
        <p className="note">
          {t('an.density.unweighted', { count: formatCount(grid.unweighted, lang) })}
        </p>
      )}
      <p className="note">{t('an.density.pointsHidden')}</p>
      <DensityLegend grid={grid} mode={mode} />
      <button type="button" className="analysis__button" onClick={exportGrid}>
        {t('an.density.export')}
      </button>
      <DensityTopCells grid={grid} />
    </>
  );
}

/** Class labels: whole counts as "2–11" (a class holds values above the previous bound). */
function classLabels(
  bounds: readonly number[],
  min: number,
  fmt: (v: number) => string,
  whole: boolean,
) {
  return bounds.map((upper, k) => {
    const prev = bounds[k - 1];
    if (prev === undefined) return min === upper ? fmt(upper) : `${fmt(min)}–${fmt(upper)}`;
    if (!whole) return `> ${fmt(prev)} – ${fmt(upper)}`;
    return prev + 1 === upper ? fmt(upper) : `${fmt(prev + 1)}–${fmt(upper)}`;
  });
}

function DensityLegend({ grid, mode }: { grid: DensityGrid; mode: Exclude<DensityMode, 'off'> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const weighted = grid.options.weight === 'investment';
  const unit = t(weighted ? 'an.density.legendYi' : 'an.density.legendRecords');
  if (mode === 'heatmap') {
    return (
      <figure className="analysis-legend">
        <figcaption>{t('an.density.heatLegend')}</figcaption>
        <p className="analysis-legend__ramp">
          <span>{t('an.density.low')}</span>
          {DENSITY_COLOURS.map((c) => (
            <span
              key={c}
              className="analysis-swatch"
              style={{ background: c }}
              aria-hidden="true"
            />
          ))}
          <span>{t('an.density.high')}</span>
        </p>
      </figure>
    );
  }
  const values = grid.cells.map((c) => c.value);
  const breaks = classBreaks(values, DENSITY_COLOURS.length);
  const fmt = (v: number) => formatDecimal(v, lang, weighted ? 2 : 0);
  const labels = classLabels(
    [...breaks, values[0] ?? 0],
    values[values.length - 1] ?? 0,
    fmt,
    !weighted,
  );
  return (
    <figure className="analysis-legend">
      <figcaption>
        {t('an.density.legend')} · {unit}
      </figcaption>
      <ul>
        {labels.map((label, k) => (
          <li key={label}>
            <span
              className="analysis-swatch"
              style={{ background: DENSITY_COLOURS[k] }}
              aria-hidden="true"
            />
            {label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
