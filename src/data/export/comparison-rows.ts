import { CATEGORIES, INDUSTRIES, PROJECT_STATUSES } from '../../domain/entity';
import type { UserZoneId } from '../../domain/user-zone';
import type { ComparedZoneId, ZoneComparisonRow } from '../../geo/zone-comparison';
import { categoryLabel, industryLabel, statusLabel } from '../../i18n/enum-labels';
import { type Lang, pick, translate } from '../../i18n/translate';
import type { CsvCell, CsvTable } from './csv';

/** Display names of the compared zones (plan zones and user zones), by id. */
export type ComparedZoneNames = Readonly<Partial<Record<ComparedZoneId, string>>>;

const round = (v: number | null, digits: number) =>
  v === null || !Number.isFinite(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits;

type Column = readonly [string, (r: ZoneComparisonRow) => CsvCell];

function breakdown<T extends string>(
  prefix: string,
  domain: readonly T[],
  label: (v: T) => string,
  get: (r: ZoneComparisonRow) => Record<T, number>,
): Column[] {
  return domain.map((v) => [`${prefix}·${label(v)}`, (r) => get(r)[v]]);
}

function progressColumns(rows: readonly ZoneComparisonRow[], lang: Lang): Column[] {
  const first = rows.find((r) => r.progress !== null)?.progress ?? [];
  // A user zone has no plan target: its cells say so rather than showing an invented value.
  const none = translate(lang, 'userZone.noTarget');
  return first.flatMap((p, k): Column[] => {
    const name = pick(lang, p.indicator.name_zh, p.indicator.name_en);
    return [
      [
        translate(lang, 'an.cmp.col.progressValue', { name }),
        (r) => (r.progress === null ? none : round(r.progress[k]?.value ?? null, 2)),
      ],
      [
        translate(lang, 'an.cmp.col.progress', { name }),
        (r) =>
          r.progress === null ? none : round((r.progress[k]?.progress ?? Number.NaN) * 100, 1),
      ],
    ];
  });
}

function sourceCell(r: ZoneComparisonRow, files: ReadonlyMap<UserZoneId, string>, lang: Lang) {
  if (!r.userProvided) return translate(lang, 'userZoneStats.source.plan');
  const file = files.get(r.zone as UserZoneId) ?? '';
  return translate(lang, 'userZoneStats.source.user', { file });
}

/**
 * The zone comparison as a table: exactly one row per zone (no total row: zones overlap, so a
 * total would not be their sum). Densities per km² of the zone's area; progress in percent.
 * Zones users added are rows too, their source column naming the file they came from.
 */
export function comparisonTable(
  rows: readonly ZoneComparisonRow[],
  zoneNames: ComparedZoneNames,
  lang: Lang,
  userFiles: ReadonlyMap<UserZoneId, string> = new Map(),
): CsvTable {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const columns: Column[] = [
    [t('an.cmp.col.area'), (r) => round(r.areaKm2, 2)],
    [t('an.cmp.col.enterprises'), (r) => r.group.enterprises],
    [t('an.cmp.col.density'), (r) => round(r.enterprisesPerKm2, 3)],
    [t('an.cmp.col.projects'), (r) => r.group.projects],
    [t('an.cmp.col.projectDensity'), (r) => round(r.projectsPerKm2, 3)],
    [t('export.col.investmentSum'), (r) => round(r.group.investmentYi, 4)],
    [t('export.col.investmentUnknown'), (r) => r.group.investmentUnknown],
    ...breakdown(
      t('an.cmp.byIndustry'),
      INDUSTRIES,
      (v) => industryLabel(v, lang),
      (r) => r.group.enterprisesByIndustry,
    ),
    ...breakdown(
      t('an.cmp.byCategory'),
      CATEGORIES,
      (v) => categoryLabel(v, lang),
      (r) => r.group.enterprisesByCategory,
    ),
    ...breakdown(
      t('an.cmp.byStatus'),
      PROJECT_STATUSES,
      (v) => statusLabel(v, lang),
      (r) => r.group.projectsByStatus,
    ),
    ...progressColumns(rows, lang),
  ];
  return {
    header: [t('an.cmp.col.zone'), t('userZoneStats.col.source'), ...columns.map(([h]) => h)],
    rows: rows.map((r) => [
      zoneNames[r.zone] ?? r.zone,
      sourceCell(r, userFiles, lang),
      ...columns.map(([, get]) => get(r)),
    ]),
  };
}
