import { useEffect } from 'react';
import { useDensityGrid } from '../data/use-analysis';
import { classBreaks, densityGeoJSON } from '../geo/density';
import { unproject } from '../geo/equal-area';
import { cellCentre, unpackCell } from '../geo/hex-grid';
import { type Lang, translate } from '../i18n/translate';
import { useAppStore } from '../state/store';
import { DENSITY_COLOURS } from '../ui/density-palette';
import { formatCount, formatYi } from '../ui/format-number';
import type { DensityView } from './density-layers';
import type { JlpMap } from './jlp-map';

function describer(lang: Lang, weighted: boolean) {
  return (p: Record<string, unknown>) => {
    const count = formatCount(Number(p.count), lang);
    return weighted
      ? translate(lang, 'an.density.tipWeighted', { value: formatYi(Number(p.value), lang), count })
      : translate(lang, 'an.density.tip', { count });
  };
}

/** Keeps the map's density layers in step with the density settings and the filter result. */
export function useDensitySync(map: JlpMap | null): void {
  const grid = useDensityGrid();
  const mode = useAppStore((s) => s.densityMode);
  const lang = useAppStore((s) => s.lang);
  const focused = useAppStore((s) => s.focusedCell);
  useEffect(() => {
    if (!map) return;
    if (mode === 'off' || grid === null) {
      map.setDensity(null);
      return;
    }
    const values = grid.cells.map((c) => c.value);
    const breaks = classBreaks(values, DENSITY_COLOURS.length);
    const view: DensityView = {
      mode,
      breaks,
      colours: DENSITY_COLOURS,
      max: values[0] ?? 0,
      describe: describer(lang, grid.options.weight === 'investment'),
      data:
        mode === 'hexagons'
          ? densityGeoJSON(grid)
          : {
              type: 'FeatureCollection',
              features: grid.cells.map((c) => {
                const [q, r] = unpackCell(c.key);
                const [x, y] = cellCentre(q, r, grid.options.sizeKm);
                return {
                  type: 'Feature',
                  geometry: { type: 'Point', coordinates: unproject(x, y) },
                  properties: { value: c.value, count: c.count },
                };
              }),
            },
    };
    map.setDensity(view);
  }, [map, grid, mode, lang]);
  useEffect(() => map?.setDensityFocus(focused), [map, focused]);
}
