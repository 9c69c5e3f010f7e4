import { CATEGORIES, INDUSTRIES, PROJECT_STATUSES } from '../../domain/entity';
import type { UserZoneId } from '../../domain/user-zone';
import { ZONE_IDS, type ZoneId } from '../../domain/zone';
import type { GroupStats, Stats } from '../../geo/stats';
import { categoryLabel, industryLabel, statusLabel } from '../../i18n/enum-labels';
import { type Lang, type MessageKey, translate } from '../../i18n/translate';

/** What the statistics are shown for: everything the filter matched, or one zone. */
export type StatsArea = 'total' | ZoneId | UserZoneId;

/** The plan's areas in display order: the total first, then the zones in the plan's order. */
export const STATS_AREAS: readonly ('total' | ZoneId)[] = ['total', ...ZONE_IDS];

/** One area of the statistics with its counts. */
export interface AreaColumn {
  area: StatsArea;
  group: GroupStats;
  /** A zone a user added from a file: marked, and it has no plan target. */
  userProvided: boolean;
}

/** A user zone's counts, as the zone comparison computes them (geo/zone-comparison). */
export interface UserZoneGroup {
  zone: StatsArea;
  group: GroupStats;
}

/**
 * Every area in display order: the total, the plan zones, then the zones users added, each a
 * full area of the statistics.
 */
export function statsAreas(stats: Stats, userZones: readonly UserZoneGroup[] = []): AreaColumn[] {
  return [
    ...STATS_AREAS.map((area) => ({
      area,
      group: area === 'total' ? stats.total : stats.byZone[area],
      userProvided: false,
    })),
    ...userZones.map((u) => ({ area: u.zone, group: u.group, userProvided: true })),
  ];
}

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** value / the largest value of the chart, 0–1: the bar's length. */
  fraction: number;
  /** A zone a user added from a file: badged 用户提供, never taken for a plan zone. */
  userProvided?: boolean;
}

/**
 * One bar per value of `domain`, in the domain's order (zeros included, so charts of
 * different areas line up). Bars are scaled to the largest value, not to the total, because
 * categories overlap and their counts do not sum to the number of enterprises.
 */
export function barRows<T extends string>(
  counts: Record<T, number>,
  domain: readonly T[],
  label: (value: T) => string,
): BarRow[] {
  const max = Math.max(0, ...domain.map((v) => counts[v]));
  return domain.map((v) => ({
    key: v,
    label: label(v),
    value: counts[v],
    fraction: max > 0 ? counts[v] / max : 0,
  }));
}

/** How a cell of the area table is written. */
export type CellKind = 'count' | 'yi';

export interface TableRow {
  key: string;
  label: string;
  kind: CellKind;
  /** One value per area, in the order of the areas given. */
  values: number[];
}

export interface TableSection {
  key: string;
  /** Heading of the group of rows; null for the headline measures. */
  title: string | null;
  rows: TableRow[];
}

function row(
  areas: readonly AreaColumn[],
  key: string,
  label: string,
  kind: CellKind,
  get: (g: GroupStats) => number,
): TableRow {
  return { key, label, kind, values: areas.map((a) => get(a.group)) };
}

function enumSection<T extends string>(
  areas: readonly AreaColumn[],
  key: string,
  title: string,
  domain: readonly T[],
  label: (value: T) => string,
  counts: (g: GroupStats) => Record<T, number>,
): TableSection {
  const rows = domain.map((v) => row(areas, `${key}.${v}`, label(v), 'count', (g) => counts(g)[v]));
  return { key, title, rows };
}

/** The full table: measures as rows, areas (total, then each zone) as columns. */
export function areaTableSections(areas: readonly AreaColumn[], lang: Lang): TableSection[] {
  const t = (key: MessageKey) => translate(lang, key);
  const headline: TableSection = {
    key: 'headline',
    title: null,
    rows: [
      row(areas, 'enterprises', t('stats.row.enterprises'), 'count', (g) => g.enterprises),
      row(areas, 'projects', t('stats.row.projects'), 'count', (g) => g.projects),
      row(areas, 'investment', t('stats.row.investment'), 'yi', (g) => g.investmentYi),
      row(areas, 'unknown', t('stats.row.investmentUnknown'), 'count', (g) => g.investmentUnknown),
    ],
  };
  return [
    headline,
    enumSection(
      areas,
      'industry',
      t('stats.byIndustry'),
      INDUSTRIES,
      (v) => industryLabel(v, lang),
      (g) => g.enterprisesByIndustry,
    ),
    enumSection(
      areas,
      'category',
      t('stats.byCategory'),
      CATEGORIES,
      (v) => categoryLabel(v, lang),
      (g) => g.enterprisesByCategory,
    ),
    enumSection(
      areas,
      'status',
      t('stats.byStatus'),
      PROJECT_STATUSES,
      (v) => statusLabel(v, lang),
      (g) => g.projectsByStatus,
    ),
  ];
}
