import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { EntityIndex } from './entity-index';
import type { FilterResult } from './filter-engine';
import { type CellTally, cellRing, hexAreaKm2, tallyCells } from './hex-grid';

export type DensityDataset = 'enterprises' | 'projects' | 'both';
/** count: records per cell; investment: 亿元 of projects per cell (enterprises have none). */
export type DensityWeight = 'count' | 'investment';

export interface DensityOptions {
  dataset: DensityDataset;
  weight: DensityWeight;
  /** Hexagon circumradius (= edge length), km. */
  sizeKm: number;
}

export interface DensityCell {
  /** packCell(q, r) of hex-grid.ts: stable for a given size. */
  key: number;
  /** Records in the cell. */
  count: number;
  /** count, or the sum of known investments (亿元) when weighted. */
  value: number;
}

export interface DensityGrid {
  options: DensityOptions;
  cellAreaKm2: number;
  /** Non-empty cells, largest value first (ties by key, so the order is stable). */
  cells: DensityCell[];
  /** Records placed in a cell: equals the filter's count of the chosen datasets when unweighted. */
  counted: number;
  /** Projects left out of an investment-weighted grid because their investment is unknown. */
  unweighted: number;
}

/**
 * Zoom-dependent cell edge, km: 1 km at zoom 10 (the whole district on a 1920 px screen),
 * halving per zoom level, between 8 km and 125 m. Whole levels only, so panning and small zooms
 * reuse the cached cell ids.
 */
export function sizeForZoom(zoom: number): number {
  const level = Math.min(13, Math.max(7, Math.floor(zoom)));
  return 2 ** (10 - level);
}

/**
 * Aggregates the records of a filter result into hexagons. Unweighted, every matching record
 * of the chosen datasets lands in exactly one cell, so the cell counts sum to the filter's
 * count. Weighted by investment, only projects count, and those with unknown investment are
 * reported in `unweighted` instead of being dropped silently.
 */
export function aggregateDensity(
  index: EntityIndex,
  result: FilterResult,
  options: DensityOptions,
): DensityGrid {
  const tallies = new Map<number, CellTally>();
  const size = options.sizeKm;
  let unweighted = 0;
  if (options.weight === 'investment') {
    const p = index.projects;
    unweighted = tallyCells(p, result.projects.indices, size, tallies, p.investment);
  } else {
    if (options.dataset !== 'projects') {
      tallyCells(index.enterprises, result.enterprises.indices, size, tallies);
    }
    if (options.dataset !== 'enterprises') {
      tallyCells(index.projects, result.projects.indices, size, tallies);
    }
  }
  const cells: DensityCell[] = [];
  let counted = 0;
  for (const [key, t] of tallies) {
    cells.push({ key, count: t.count, value: t.weight });
    counted += t.count;
  }
  cells.sort((a, b) => b.value - a.value || a.key - b.key);
  return { options, cellAreaKm2: hexAreaKm2(size), cells, counted, unweighted };
}

/**
 * Up to `classes` − 1 upper bounds splitting the cell values into classes of about equal
 * numbers of cells (quantiles), ascending and distinct. A value v is in class k when it is
 * above break k − 1 and at most break k; the last class is open-ended.
 */
export function classBreaks(values: readonly number[], classes = 5): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const v = sorted[Math.floor((k * sorted.length) / classes) - 1];
    const last = breaks[breaks.length - 1];
    const max = sorted[sorted.length - 1];
    if (v !== undefined && (last === undefined || v > last) && max !== undefined && v < max) {
      breaks.push(v);
    }
  }
  return breaks;
}

export interface CellProperties {
  cell: string;
  count: number;
  value: number;
  /** Records per km² (count ÷ cell area). */
  per_km2: number;
  cell_area_km2: number;
  rank: number;
}

/** The grid as GeoJSON polygons (WGS-84), one feature per non-empty cell, for export and map. */
export function densityGeoJSON(grid: DensityGrid): FeatureCollection<Polygon, CellProperties> {
  const area = grid.cellAreaKm2;
  const features = grid.cells.map(
    (c, i): Feature<Polygon, CellProperties> => ({
      type: 'Feature',
      id: c.key,
      geometry: { type: 'Polygon', coordinates: [cellRing(c.key, grid.options.sizeKm)] },
      properties: {
        cell: String(c.key),
        count: c.count,
        value: Math.round(c.value * 1e4) / 1e4,
        per_km2: Math.round((c.count / area) * 100) / 100,
        cell_area_km2: Math.round(area * 1e4) / 1e4,
        rank: i + 1,
      },
    }),
  );
  return { type: 'FeatureCollection', features };
}
