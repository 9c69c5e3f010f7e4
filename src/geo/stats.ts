import {
  CATEGORIES,
  type Category,
  INDUSTRIES,
  type Industry,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  type ProjectStatus,
  type ProjectType,
} from '../domain/entity';
import { ZONE_IDS, type ZoneId } from '../domain/zone';
import type { EntityIndex } from './entity-index';
import type { FilterResult } from './filter-engine';

/** Counts for one zone, or for everything the filter matched. */
export interface GroupStats {
  enterprises: number;
  /** An enterprise with several categories counts once in each. */
  enterprisesByCategory: Record<Category, number>;
  enterprisesByIndustry: Record<Industry, number>;
  projects: number;
  projectsByStatus: Record<ProjectStatus, number>;
  projectsByType: Record<ProjectType, number>;
  /** Sum of the known investments, 亿元 (10⁸ CNY). */
  investmentYi: number;
  /** Projects whose investment is known / not public. */
  investmentKnown: number;
  investmentUnknown: number;
}

export interface Stats {
  /**
   * Every matching record once, those in no zone included. A record in a park and a belt
   * counts in both zones and once here, so this is not the sum of the zones.
   */
  total: GroupStats;
  byZone: Record<ZoneId, GroupStats>;
}

const GROUPS = ZONE_IDS.length + 1;
const TOTAL = ZONE_IDS.length;
const ZONE_BITS = (1 << ZONE_IDS.length) - 1;

/** Flat counters: group g, value k at [g * values + k]. */
function counters(values: number): Float64Array {
  return new Float64Array(GROUPS * values);
}

function add(counts: Float64Array, at: number, value = 1): void {
  counts[at] = (counts[at] ?? 0) + value;
}

/** Calls fn with TOTAL and then each zone slot whose bit is in mask. */
function eachGroup(mask: number, fn: (group: number) => void): void {
  fn(TOTAL);
  for (let m = mask & ZONE_BITS; m !== 0; m &= m - 1) fn(31 - Math.clz32(m & -m));
}

function record<T extends string>(
  domain: readonly T[],
  counts: Float64Array,
  group: number,
): Record<T, number> {
  const n = domain.length;
  return Object.fromEntries(domain.map((v, k) => [v, counts[group * n + k] ?? 0])) as Record<
    T,
    number
  >;
}

function countEnterprises(index: EntityIndex, indices: Uint32Array) {
  const { zoneMask, industry, categoryMask } = index.enterprises;
  const total = counters(1);
  const byIndustry = counters(INDUSTRIES.length);
  const byCategory = counters(CATEGORIES.length);
  for (const i of indices) {
    const ind = industry[i] ?? 0;
    const cats = categoryMask[i] ?? 0;
    eachGroup(zoneMask[i] ?? 0, (g) => {
      add(total, g);
      add(byIndustry, g * INDUSTRIES.length + ind);
      for (let m = cats; m !== 0; m &= m - 1) {
        add(byCategory, g * CATEGORIES.length + 31 - Math.clz32(m & -m));
      }
    });
  }
  return { total, byIndustry, byCategory };
}

function countProjects(index: EntityIndex, indices: Uint32Array) {
  const { zoneMask, status, type, investment } = index.projects;
  const total = counters(1);
  const byStatus = counters(PROJECT_STATUSES.length);
  const byType = counters(PROJECT_TYPES.length);
  // Per group: [sum of known 亿元, known count, unknown count].
  const money = counters(3);
  for (const i of indices) {
    const s = status[i] ?? 0;
    const t = type[i] ?? 0;
    const inv = investment[i] ?? Number.NaN;
    eachGroup(zoneMask[i] ?? 0, (g) => {
      add(total, g);
      add(byStatus, g * PROJECT_STATUSES.length + s);
      add(byType, g * PROJECT_TYPES.length + t);
      const known = !Number.isNaN(inv);
      if (known) add(money, g * 3, inv);
      add(money, g * 3 + (known ? 1 : 2));
    });
  }
  return { total, byStatus, byType, money };
}

type EnterpriseCounts = ReturnType<typeof countEnterprises>;
type ProjectCounts = ReturnType<typeof countProjects>;

function groupOf(e: EnterpriseCounts, p: ProjectCounts, g: number): GroupStats {
  return {
    enterprises: e.total[g] ?? 0,
    enterprisesByCategory: record(CATEGORIES, e.byCategory, g),
    enterprisesByIndustry: record(INDUSTRIES, e.byIndustry, g),
    projects: p.total[g] ?? 0,
    projectsByStatus: record(PROJECT_STATUSES, p.byStatus, g),
    projectsByType: record(PROJECT_TYPES, p.byType, g),
    investmentYi: p.money[g * 3] ?? 0,
    investmentKnown: p.money[g * 3 + 1] ?? 0,
    investmentUnknown: p.money[g * 3 + 2] ?? 0,
  };
}

/**
 * Statistics of a filter result: per zone (each of ZONE_IDS, by the records' zone masks) and
 * in total. Cost is linear in the number of matching records.
 */
export function computeStats(index: EntityIndex, result: FilterResult): Stats {
  const e = countEnterprises(index, result.enterprises.indices);
  const p = countProjects(index, result.projects.indices);
  const byZone = Object.fromEntries(ZONE_IDS.map((z, g) => [z, groupOf(e, p, g)])) as Record<
    ZoneId,
    GroupStats
  >;
  return { total: groupOf(e, p, TOTAL), byZone };
}

/**
 * The same counts over given records (ascending indices), e.g. the filtered records inside a
 * zone a user added: the plan zones' counting code, so both kinds of zone count alike.
 */
export function computeGroupStats(
  index: EntityIndex,
  enterprises: Uint32Array,
  projects: Uint32Array,
): GroupStats {
  return groupOf(countEnterprises(index, enterprises), countProjects(index, projects), TOTAL);
}
