import { CATEGORIES, INDUSTRIES, PROJECT_STATUSES, PROJECT_TYPES } from '../../domain/entity';
import { ZONE_IDS } from '../../domain/zone';
import type { GroupStats, Stats } from '../../geo/stats';
import {
  categoryLabel,
  industryLabel,
  projectTypeLabel,
  statusLabel,
} from '../../i18n/enum-labels';
import { type Lang, type MessageKey, translate } from '../../i18n/translate';
import type { CsvCell, CsvTable } from './csv';
import type { ZoneNames } from './labels';

/** A column: its header in the language and how to read it from one group's counts. */
type StatColumn = readonly [string, (g: GroupStats) => CsvCell];

// Sums of decimal 亿元 pick up float noise (0.1 + 0.2); four decimals is 10,000 CNY, finer
// than any investment figure the data holds.
const roundYi = (v: number) => Math.round(v * 1e4) / 1e4;

type BreakdownKey =
  | 'export.col.byCategory'
  | 'export.col.byIndustry'
  | 'export.col.byStatus'
  | 'export.col.byType';

/** One column per value of a domain list, headed "<what>·<value label>". */
function breakdown<T extends string>(
  lang: Lang,
  domain: readonly T[],
  key: BreakdownKey,
  label: (v: T, lang: Lang) => string,
  counts: (g: GroupStats) => Record<T, number>,
): StatColumn[] {
  return domain.map((v) => [translate(lang, key, { value: label(v, lang) }), (g) => counts(g)[v]]);
}

function statColumns(lang: Lang): StatColumn[] {
  const t = (key: MessageKey) => translate(lang, key);
  return [
    [t('export.col.enterprises'), (g) => g.enterprises],
    ...breakdown(
      lang,
      CATEGORIES,
      'export.col.byCategory',
      categoryLabel,
      (g) => g.enterprisesByCategory,
    ),
    ...breakdown(
      lang,
      INDUSTRIES,
      'export.col.byIndustry',
      industryLabel,
      (g) => g.enterprisesByIndustry,
    ),
    [t('export.col.projects'), (g) => g.projects],
    ...breakdown(
      lang,
      PROJECT_STATUSES,
      'export.col.byStatus',
      statusLabel,
      (g) => g.projectsByStatus,
    ),
    ...breakdown(
      lang,
      PROJECT_TYPES,
      'export.col.byType',
      projectTypeLabel,
      (g) => g.projectsByType,
    ),
    [t('export.col.investmentSum'), (g) => roundYi(g.investmentYi)],
    [t('export.col.investmentKnown'), (g) => g.investmentKnown],
    [t('export.col.investmentUnknown'), (g) => g.investmentUnknown],
  ];
}

/** A zone a user added, with its counts under the filter (geo/zone-comparison's). */
export interface UserZoneStatsRow {
  name: string;
  /** The boundary file it came from: its source, as in the zone comparison's CSV. */
  file: string;
  group: GroupStats;
}

/**
 * Statistics as a table: one row per zone in the plan's order, then one per zone users added
 * (named as user-provided), then the total. The total counts each record once, so where zones
 * overlap it is less than the sum of the zone rows; its label says so. A source column says
 * where each zone comes from (the plan, or a user's file), as the zone comparison's CSV does;
 * the total is of no one zone and leaves it empty.
 */
export function statsTable(
  stats: Stats,
  zoneNames: ZoneNames,
  lang: Lang,
  userZones: readonly UserZoneStatsRow[] = [],
): CsvTable {
  const columns = statColumns(lang);
  const row = (label: string, source: string | null, g: GroupStats): CsvCell[] => [
    label,
    source,
    ...columns.map(([, cell]) => cell(g)),
  ];
  const plan = translate(lang, 'userZoneStats.source.plan');
  return {
    header: [
      translate(lang, 'export.col.zone'),
      translate(lang, 'userZoneStats.col.source'),
      ...columns.map(([header]) => header),
    ],
    rows: [
      ...ZONE_IDS.map((z) => row(zoneNames[z], plan, stats.byZone[z])),
      ...userZones.map((u) =>
        row(
          translate(lang, 'userZoneStats.option', { name: u.name }),
          translate(lang, 'userZoneStats.source.user', { file: u.file }),
          u.group,
        ),
      ),
      row(translate(lang, 'export.total'), null, stats.total),
    ],
  };
}
