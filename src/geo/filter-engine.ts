import {
  CATEGORIES,
  INDUSTRIES,
  LINK_STATUSES,
  ORG_KINDS,
  PROJECT_STATUSES,
  PROJECT_TYPES,
} from '../domain/entity';
import { EMPTY_FILTER, type FilterSpec } from '../domain/filter';
import { ZONE_IDS } from '../domain/zone';
import {
  andInto,
  type Bitset,
  bitsetToIndices,
  emptyBitset,
  fullBitset,
  orInto,
  popcount,
} from './bitset';
import type { EnterpriseColumns, EntityIndex, ProjectColumns } from './entity-index';
import {
  investmentPass,
  listPass,
  type Pass,
  shapesPass,
  viewPass,
  yearPass,
} from './filter-passes';
import type { PointColumns } from './point-columns';
import { NO_USER_ZONES, type UserZoneBits, type UserZoneLinks } from './user-zone-bits';

/** The records of one dataset that pass the filter; indices address the loaded arrays. */
export interface DatasetMatch {
  /** Bit i set = record i matches (see bitset.ts for hasBit / forEachSetBit). */
  readonly bits: Bitset;
  /** Matching record indices, ascending. */
  readonly indices: Uint32Array;
  readonly count: number;
}

export interface FilterResult {
  readonly enterprises: DatasetMatch;
  readonly projects: DatasetMatch;
}

type Side = keyof UserZoneBits;

/**
 * The zone criterion: plan zones and user zones together, ORed. A user zone without
 * membership (not linked yet, or unknown here) adds nothing.
 */
function zonePass(cols: PointColumns, spec: FilterSpec, links: UserZoneLinks, side: Side): Pass {
  const plan = listPass(spec.zones, ZONE_IDS, cols.zoneBits, cols.size);
  if (spec.userZones.length === 0) return plan;
  const bits = emptyBitset(cols.size);
  if (plan !== null) orInto(bits, plan);
  for (const id of spec.userZones) {
    const own = links.get(id)?.[side];
    if (own !== undefined && own.length === bits.length) orInto(bits, own);
  }
  return bits;
}

function commonPasses(
  cols: PointColumns,
  spec: FilterSpec,
  links: UserZoneLinks,
  side: Side,
): Pass[] {
  return [
    zonePass(cols, spec, links, side),
    listPass(spec.linkStatuses, LINK_STATUSES, cols.linkBits, cols.size),
    spec.includeSynthetic ? null : cols.realBits,
    yearPass(cols, spec.years),
    shapesPass(cols, spec.shapes),
    viewPass(cols, spec.inView),
  ];
}

function combine(size: number, passes: readonly Pass[]): DatasetMatch {
  const bits = fullBitset(size);
  for (const pass of passes) if (pass !== null) andInto(bits, pass);
  const count = popcount(bits);
  return { bits, indices: bitsetToIndices(bits, count), count };
}

function matchEnterprises(
  cols: EnterpriseColumns,
  spec: FilterSpec,
  links: UserZoneLinks,
): DatasetMatch {
  return combine(cols.size, [
    ...commonPasses(cols, spec, links, 'enterprises'),
    listPass(spec.industries, INDUSTRIES, cols.industryBits, cols.size),
    listPass(spec.categories, CATEGORIES, cols.categoryBits, cols.size),
    listPass(spec.orgKinds, ORG_KINDS, cols.orgKindBits, cols.size),
  ]);
}

function matchProjects(cols: ProjectColumns, spec: FilterSpec, links: UserZoneLinks): DatasetMatch {
  return combine(cols.size, [
    ...commonPasses(cols, spec, links, 'projects'),
    listPass(spec.projectTypes, PROJECT_TYPES, cols.typeBits, cols.size),
    listPass(spec.projectStatuses, PROJECT_STATUSES, cols.statusBits, cols.size),
    investmentPass(cols, spec.investment),
  ]);
}

/**
 * Applies a FilterSpec (semantics in its doc comment): OR within an attribute, AND across
 * attributes; zones match when the record's zone mask meets a chosen zone or the record is a
 * member of a chosen user zone (`links`, computed once per zone by linkUserZone; a chosen user
 * zone missing there matches nothing); categories when the
 * enterprise has at least one chosen category; record kinds (org_kind) when the enterprise's one
 * kind is chosen, and they never restrict projects; ranges are inclusive and an unknown value fails a set range;
 * drawn shapes combine as a union (see prepareShape); inView is an inclusive
 * [west, south, east, north] box in WGS-84 degrees, west ≤ east (no antimeridian crossing).
 * Projects are tested at their representative `coordinates`, also when they have a site
 * polygon: a project belongs to a shape or view when its point does.
 */
export function applyFilter(
  index: EntityIndex,
  spec: FilterSpec,
  links: UserZoneLinks = NO_USER_ZONES,
): FilterResult {
  if (narrowsNothing(spec)) return unfilteredResult(index, spec.includeSynthetic);
  return run(index, spec, links);
}

function run(index: EntityIndex, spec: FilterSpec, links: UserZoneLinks): FilterResult {
  return {
    enterprises: matchEnterprises(index.enterprises, spec, links),
    projects: matchProjects(index.projects, spec, links),
  };
}

/** True when no criterion but the synthetic switch is set (a cleared filter). */
export function narrowsNothing(spec: FilterSpec): boolean {
  const lists = [
    spec.zones,
    spec.userZones,
    spec.industries,
    spec.categories,
    spec.orgKinds,
    spec.projectTypes,
    spec.projectStatuses,
    spec.linkStatuses,
    spec.shapes,
  ];
  const open = (r: FilterSpec['years']) => r.min === null && r.max === null;
  return (
    lists.every((l) => l.length === 0) &&
    open(spec.years) &&
    open(spec.investment) &&
    spec.inView === null
  );
}

/**
 * The unfiltered result of each loaded index, with and without synthetic records: one object
 * per index and switch, so clearing the filter hands back the very result (bitsets, index
 * lists, and whatever is memoised on them, such as the map's cluster prefix counts) that was
 * built when the data loaded, instead of a 100k-record pass and copies (issue 11). Weakly
 * keyed: a new load (a new index) builds its own. Results are never mutated by their readers.
 */
const unfiltered = new WeakMap<EntityIndex, Map<boolean, FilterResult>>();

function unfilteredResult(index: EntityIndex, includeSynthetic: boolean): FilterResult {
  let byIndex = unfiltered.get(index);
  if (!byIndex) {
    byIndex = new Map();
    unfiltered.set(index, byIndex);
  }
  let result = byIndex.get(includeSynthetic);
  if (!result) {
    result = run(index, { ...EMPTY_FILTER, includeSynthetic }, NO_USER_ZONES);
    byIndex.set(includeSynthetic, result);
  }
  return result;
}
