import { useId, useMemo } from 'react';
import type { EntityData } from '../../data/entities';
import { accuracyLabel, zoneListLabel, zoneNamesOf } from '../../data/export/labels';
import { useZoneList } from '../../data/use-datasets';
import { pick } from '../../i18n/translate';
import { sameEntity } from '../../state/entity-selection-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { VirtualList } from '../../ui/virtual-list';
import { findMismatches, type Mismatch, mismatchTable } from './quality-rows';
import { useQualityExport } from './use-quality-export';

/** Records whose registered zone disagrees with their location: findings, not noise. */
export function MismatchSection({ data }: { data: EntityData }) {
  const t = useT();
  const headingId = useId();
  const zones = useZoneList();
  const list = useMemo(() => findMismatches(data), [data]);
  const exportCsv = useQualityExport('location-mismatches', (lang) =>
    mismatchTable(list, zoneNamesOf(zones, lang), lang),
  );
  const title = t('dq.mismatch.title', { count: list.length });
  return (
    <section className="dq-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="note">{t('dq.mismatch.note')}</p>
      <button type="button" className="dq-export" onClick={exportCsv}>
        {t('dq.mismatch.export')}
      </button>
      {list.length === 0 ? (
        <p className="note">{t('dq.mismatch.empty')}</p>
      ) : (
        <VirtualList
          items={list}
          label={title}
          className="dq-list"
          estimateSize={64}
          getKey={(m) => `${m.ref.kind}-${m.ref.index}`}
          renderItem={(m) => <MismatchRow mismatch={m} />}
        />
      )}
    </section>
  );
}

function MismatchRow({ mismatch }: { mismatch: Mismatch }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selectEntity = useAppStore((s) => s.selectEntity);
  const selected = useAppStore((s) => sameEntity(s.selectedEntity, mismatch.ref));
  const zones = useZoneList();
  const names = useMemo(() => zoneNamesOf(zones, lang), [zones, lang]);
  const { record, ref, mask } = mismatch;
  const name = pick(lang, record.name_zh, record.name_en ?? record.name_zh);
  const kind = t(ref.kind === 'enterprise' ? 'export.kind.enterprise' : 'export.kind.project');
  const declared = record.declared_zone ? names[record.declared_zone] : t('export.none');
  return (
    <>
      <button
        type="button"
        className="dq-row__name"
        aria-current={selected ? 'true' : undefined}
        title={t('dq.mismatch.show', { name })}
        onClick={() => selectEntity(ref, true)}
      >
        {name}
      </button>
      <span className="dq-row__meta">
        {kind} · {t('dq.mismatch.declared', { zone: declared })}
      </span>
      <span className="dq-row__meta">
        {t('dq.mismatch.actual', { zones: zoneListLabel(mask, names, lang) })} ·{' '}
        {t('dq.mismatch.accuracy', { accuracy: accuracyLabel(record.accuracy, lang) })}
      </span>
    </>
  );
}
