import type { Enterprise, Entity, Project } from '../../domain/entity';
import { hasBit } from '../../geo/bitset';
import type { LinkColumns } from '../../geo/entity-index';
import { linkStatusAt } from '../../geo/link';
import type { UserZoneBits } from '../../geo/user-zone-bits';
import {
  categoryLabel,
  industryLabel,
  projectTypeLabel,
  statusLabel,
} from '../../i18n/enum-labels';
import { type Lang, type MessageKey, pick, translate } from '../../i18n/translate';
import type { CsvCell, CsvTable } from './csv';
import {
  accuracyLabel,
  joinList,
  linkStatusLabel,
  yesNo,
  type ZoneNames,
  zoneListLabel,
} from './labels';

/** A zone the user added, as exports name it, with the records linked to it. */
export interface ExportUserZone {
  name: string;
  bits: UserZoneBits;
}

/** What every export of records needs besides the records: their links, zone names, language. */
export interface ExportContext {
  link: LinkColumns;
  zoneNames: ZoneNames;
  lang: Lang;
  /** Zones users added (none: only the plan zones are named). */
  userZones?: readonly ExportUserZone[];
}

/** Names of the user zones record i of one side lies in. */
export function userZoneNamesAt(ctx: ExportContext, side: keyof UserZoneBits, i: number): string[] {
  return (ctx.userZones ?? []).filter((z) => hasBit(z.bits[side], i)).map((z) => z.name);
}

/** A column: its header's message key and how to read a cell from record `index`. */
type Column<T> = readonly [MessageKey, (record: T, index: number) => CsvCell];

/** The note in the export's language, falling back to the other one. */
export function noteOf(record: Entity, lang: Lang): string | null {
  return pick(lang, record.note_zh ?? record.note_en, record.note_en ?? record.note_zh) ?? null;
}

// Where the record is and how that compares with its registration: the columns a planner
// checks first, shared by enterprises and projects.
function locationColumns<T extends Entity>(
  ctx: ExportContext,
  side: keyof UserZoneBits,
  masks: Uint32Array,
  codes: Uint8Array,
): Column<T>[] {
  const { lang, zoneNames } = ctx;
  const zones = (i: number) => {
    const plan = zoneListLabel(masks[i] ?? 0, zoneNames, lang);
    const user = userZoneNamesAt(ctx, side, i);
    if (user.length === 0) return plan;
    return joinList([...((masks[i] ?? 0) === 0 ? [] : [plan]), ...user], lang);
  };
  return [
    ['export.col.declaredZone', (r) => (r.declared_zone ? zoneNames[r.declared_zone] : null)],
    ['export.col.zones', (_, i) => zones(i)],
    ['export.col.linkStatus', (_, i) => linkStatusLabel(linkStatusAt(codes, i), lang)],
    ['export.col.accuracy', (r) => accuracyLabel(r.accuracy, lang)],
    ['export.col.lng', (r) => r.coordinates[0]],
    ['export.col.lat', (r) => r.coordinates[1]],
  ];
}

function trailingColumns<T extends Entity>(lang: Lang): Column<T>[] {
  return [
    ['export.col.synthetic', (r) => yesNo(r.synthetic, lang)],
    ['export.col.source', (r) => r.source],
    ['export.col.note', (r) => noteOf(r, lang)],
  ];
}

function enterpriseColumns(ctx: ExportContext): Column<Enterprise>[] {
  const { lang, link } = ctx;
  return [
    ['export.col.id', (r) => r.id],
    ['export.col.nameZh', (r) => r.name_zh],
    ['export.col.nameEn', (r) => r.name_en],
    ['export.col.industry', (r) => industryLabel(r.industry, lang)],
    [
      'export.col.categories',
      (r) =>
        joinList(
          r.categories.map((c) => categoryLabel(c, lang)),
          lang,
        ),
    ],
    ['export.col.founded', (r) => r.founded],
    ['export.col.employees', (r) => r.employees],
    ['export.col.address', (r) => r.address],
    ['export.col.townCode', (r) => r.town_code],
    ...locationColumns<Enterprise>(ctx, 'enterprises', link.enterpriseMasks, link.enterpriseStatus),
    ...trailingColumns<Enterprise>(lang),
  ];
}

function projectColumns(ctx: ExportContext): Column<Project>[] {
  const { lang, link } = ctx;
  return [
    ['export.col.id', (r) => r.id],
    ['export.col.nameZh', (r) => r.name_zh],
    ['export.col.nameEn', (r) => r.name_en],
    ['export.col.projectType', (r) => projectTypeLabel(r.type, lang)],
    ['export.col.projectStatus', (r) => statusLabel(r.status, lang)],
    ['export.col.investment', (r) => r.investment_yi],
    ['export.col.startYear', (r) => r.start_year],
    ['export.col.endYear', (r) => r.end_year],
    ['export.col.lead', (r) => r.lead_enterprise],
    ['export.col.participants', (r) => joinList(r.participants, lang)],
    ...locationColumns<Project>(ctx, 'projects', link.projectMasks, link.projectStatus),
    ['export.col.hasSite', (r) => yesNo(r.site !== null, lang)],
    ...trailingColumns<Project>(lang),
  ];
}

function table<T>(
  columns: readonly Column<T>[],
  records: readonly T[],
  indices: ArrayLike<number>,
  lang: Lang,
): CsvTable {
  const rows: CsvCell[][] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    const record = records[i];
    if (record !== undefined) rows.push(columns.map(([, cell]) => cell(record, i)));
  }
  return { header: columns.map(([key]) => translate(lang, key)), rows };
}

/**
 * One row per enterprise at `indices` (positions in `records`, e.g. a filter result's indices),
 * in that order, with headers and labels in the context's language.
 */
export function enterpriseTable(
  records: readonly Enterprise[],
  indices: ArrayLike<number>,
  ctx: ExportContext,
): CsvTable {
  return table(enterpriseColumns(ctx), records, indices, ctx.lang);
}

/** One row per project at `indices`; see enterpriseTable. */
export function projectTable(
  records: readonly Project[],
  indices: ArrayLike<number>,
  ctx: ExportContext,
): CsvTable {
  return table(projectColumns(ctx), records, indices, ctx.lang);
}
