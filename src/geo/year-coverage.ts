import type { FilterSpec } from '../domain/filter';
import type { EntityIndex } from './entity-index';
import { applyFilter } from './filter-engine';
import { type PointColumns, YEAR_NONE } from './point-columns';
import { NO_USER_ZONES, type UserZoneLinks } from './user-zone-bits';

export interface UnknownYears {
  enterprises: number;
  projects: number;
}

function countUnknown(cols: PointColumns, indices: Uint32Array): number {
  let n = 0;
  for (const i of indices) if (cols.year[i] === YEAR_NONE) n++;
  return n;
}

/**
 * Records a set year range leaves out only because their year is unknown: they match every
 * other criterion of `spec`. (A set range fails unknown values, see FilterSpec; this is how the
 * UI counts them apart instead of dropping them silently.) Zero when no year range is set.
 */
export function unknownYearRecords(
  index: EntityIndex,
  spec: FilterSpec,
  links: UserZoneLinks = NO_USER_ZONES,
): UnknownYears {
  if (spec.years.min === null && spec.years.max === null) return { enterprises: 0, projects: 0 };
  const open = applyFilter(index, { ...spec, years: { min: null, max: null } }, links);
  return {
    enterprises: countUnknown(index.enterprises, open.enterprises.indices),
    projects: countUnknown(index.projects, open.projects.indices),
  };
}
