import type { CsvTable } from '../../data/export/csv';
import {
  accuracyLabel,
  skipReasonLabel,
  yesNo,
  type ZoneNames,
  zoneListLabel,
} from '../../data/export/labels';
import type { Entity, SkippedRecord } from '../../domain/entity';
import type { LinkColumns } from '../../geo/entity-index';
import { LINK_STATUS_CODE } from '../../geo/link';
import { type Lang, translate } from '../../i18n/translate';
import type { EntityRef } from '../../state/entity-selection-slice';

/** A record registered to a zone it does not lie in, with its zone mask. */
export interface Mismatch {
  ref: EntityRef;
  record: Entity;
  mask: number;
}

interface Loaded {
  enterprises: readonly Entity[];
  projects: readonly Entity[];
  link: LinkColumns;
}

/** Every record whose status is outside-declared: enterprises, then projects, in file order. */
export function findMismatches(data: Loaded): Mismatch[] {
  const code = LINK_STATUS_CODE['outside-declared'];
  const out: Mismatch[] = [];
  const scan = (
    kind: EntityRef['kind'],
    records: readonly Entity[],
    status: Uint8Array,
    masks: Uint32Array,
  ) => {
    for (let index = 0; index < records.length; index++) {
      const record = records[index];
      if (record && status[index] === code) {
        out.push({ ref: { kind, index }, record, mask: masks[index] ?? 0 });
      }
    }
  };
  scan('enterprise', data.enterprises, data.link.enterpriseStatus, data.link.enterpriseMasks);
  scan('project', data.projects, data.link.projectStatus, data.link.projectMasks);
  return out;
}

/** The mismatch list as a table, one row per record, in the list's order. */
export function mismatchTable(
  list: readonly Mismatch[],
  zoneNames: ZoneNames,
  lang: Lang,
): CsvTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    header: [
      t('export.col.kind'),
      t('export.col.id'),
      t('export.col.nameZh'),
      t('export.col.nameEn'),
      t('export.col.declaredZone'),
      t('export.col.zones'),
      t('export.col.accuracy'),
      t('export.col.lng'),
      t('export.col.lat'),
      t('export.col.synthetic'),
    ],
    rows: list.map(({ ref, record, mask }) => [
      t(ref.kind === 'enterprise' ? 'export.kind.enterprise' : 'export.kind.project'),
      record.id,
      record.name_zh,
      record.name_en,
      record.declared_zone ? zoneNames[record.declared_zone] : null,
      zoneListLabel(mask, zoneNames, lang),
      accuracyLabel(record.accuracy, lang),
      record.coordinates[0],
      record.coordinates[1],
      yesNo(record.synthetic, lang),
    ]),
  };
}

export function datasetLabel(dataset: SkippedRecord['dataset'], lang: Lang): string {
  return translate(
    lang,
    dataset === 'enterprises' ? 'export.dataset.enterprises' : 'export.dataset.projects',
  );
}

/** The skipped records as a table; the detail is the validator's own (English) message. */
export function skippedTable(skipped: readonly SkippedRecord[], lang: Lang): CsvTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    header: [
      t('export.col.dataset'),
      t('export.col.index'),
      t('export.col.id'),
      t('export.col.reason'),
      t('export.col.detail'),
    ],
    rows: skipped.map((s) => [
      datasetLabel(s.dataset, lang),
      s.index,
      s.id,
      skipReasonLabel(s.reason, lang),
      s.detail,
    ]),
  };
}
