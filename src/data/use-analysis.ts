import { useMemo } from 'react';
import { INDUSTRIES } from '../domain/entity';
import { ZONE_IDS } from '../domain/zone';
import { hasBit } from '../geo/bitset';
import { aggregateDensity, type DensityGrid, sizeForZoom } from '../geo/density';
import { locationQuotients } from '../geo/location-quotient';
import { countWithin, nearestRecords } from '../geo/nearest';
import { unknownYearRecords } from '../geo/year-coverage';
import { compareZones } from '../geo/zone-comparison';
import { countZoneIndustry } from '../geo/zone-industry-counts';
import { useAppStore } from '../state/store';
import { useLinkedUserZones, useUserZoneRows } from './use-compared-zones';
import { useZoneList } from './use-datasets';
import { useEntityData } from './use-entities';
import { useFilterInput, useFilterResult } from './use-filter-result';
import { useStats } from './use-stats';

/** Cell edge of the heatmap's underlying grid: fine enough to look continuous at zoom 13. */
export const HEAT_CELL_KM = 0.25;

/** The hexagon grid of the filter result at the map's current zoom (null until loaded). */
export function useDensityGrid(): DensityGrid | null {
  const data = useEntityData();
  const result = useFilterResult();
  const dataset = useAppStore((s) => s.densityDataset);
  const weight = useAppStore((s) => s.densityWeight);
  const mode = useAppStore((s) => s.densityMode);
  const zoom = useAppStore((s) => s.view?.zoom ?? 11);
  const sizeKm = mode === 'heatmap' ? HEAT_CELL_KM : sizeForZoom(zoom);
  // Nothing is aggregated while the density view is off: filter changes stay as cheap as before.
  const on = mode !== 'off';
  return useMemo(
    () =>
      on && data && result
        ? aggregateDensity(data.index, result, { dataset, weight, sizeKm })
        : null,
    [on, data, result, dataset, weight, sizeKm],
  );
}

/**
 * The zone comparison rows, following the filter: one per zone of the zones dataset, then one
 * per zone users added (counted by the same code over the same filter result).
 */
export function useZoneComparison() {
  const data = useEntityData();
  const result = useFilterResult();
  const stats = useStats();
  const zones = useZoneList();
  const userRows = useUserZoneRows();
  return useMemo(() => {
    if (!data || !result || !stats) return null;
    const areas = zones.map((z) => ({ id: z.properties.zone_id, areaKm2: z.properties.area_km2 }));
    const plan = compareZones(data.index, result, stats, areas, (id) => ZONE_IDS.indexOf(id));
    return [...plan, ...(userRows ?? [])];
  }, [data, result, stats, zones, userRows]);
}

/**
 * Location quotients [zone slot][industry], following the filter: the plan zones' slots
 * (ZONE_IDS order), then one per linked user zone, in `userZones` order.
 */
export function useLocationQuotients() {
  const data = useEntityData();
  const result = useFilterResult();
  const linked = useLinkedUserZones();
  return useMemo(() => {
    if (!data || !result) return null;
    const extra = linked.map((z) => z.bits.enterprises);
    const c = countZoneIndustry(data.index, result, extra);
    const cells = locationQuotients(c.counts, c.zoneTotals, c.districtCounts, c.districtTotal);
    return { cells, userZones: linked.map((z) => z.zone) };
  }, [data, result, linked]);
}

/** Records left out by the year range only because their year is unknown. */
export function useUnknownYears() {
  const data = useEntityData();
  const { filter, links } = useFilterInput(data);
  return useMemo(
    () => (data ? unknownYearRecords(data.index, filter, links) : null),
    [data, filter, links],
  );
}

/** Radii of the "within" counts, km. */
export const NEARBY_RADII = [1, 3, 5] as const;

/**
 * The nearest `k` matching enterprises to a point, and matching enterprises within 1, 3 and
 * 5 km by industry; `self` (an enterprise index) is left out so a firm is not its own neighbour.
 */
export function useNearby(at: [number, number] | null, self: number | null, k = 10) {
  const data = useEntityData();
  const result = useFilterResult();
  const [lng, lat] = at ?? [Number.NaN, Number.NaN];
  return useMemo(() => {
    if (!data || !result || Number.isNaN(lng)) return null;
    const bits = result.enterprises.bits;
    const accept = (i: number) => i !== self && hasBit(bits, i);
    const cols = data.index.enterprises;
    return {
      nearest: nearestRecords(cols, [lng, lat], k, accept),
      within: countWithin(cols, [lng, lat], NEARBY_RADII, cols.industry, INDUSTRIES.length, accept),
    };
  }, [data, result, lng, lat, self, k]);
}
