import { useId } from 'react';
import { skipReasonLabel } from '../../data/export/labels';
import type { SkippedRecord } from '../../domain/entity';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { VirtualList } from '../../ui/virtual-list';
import { datasetLabel, skippedTable } from './quality-rows';
import { useQualityExport } from './use-quality-export';

/** Records the loader rejected, with why: what the map does not show, stated. */
export function SkippedSection({ skipped }: { skipped: readonly SkippedRecord[] }) {
  const t = useT();
  const headingId = useId();
  const exportCsv = useQualityExport('skipped-records', (lang) => skippedTable(skipped, lang));
  const title = t('dq.skipped.title', { count: skipped.length });
  return (
    <section className="dq-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="note">{t('dq.skipped.note')}</p>
      <button type="button" className="dq-export" onClick={exportCsv}>
        {t('dq.skipped.export')}
      </button>
      {skipped.length === 0 ? (
        <p className="note">{t('dq.skipped.empty')}</p>
      ) : (
        <VirtualList
          items={skipped}
          label={title}
          className="dq-list"
          estimateSize={64}
          getKey={(s) => `${s.dataset}-${s.index}`}
          renderItem={(s) => <SkippedRow record={s} />}
        />
      )}
    </section>
  );
}

function SkippedRow({ record }: { record: SkippedRecord }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return (
    <>
      <span className="dq-row__title">
        {skipReasonLabel(record.reason, lang)}
        {record.id !== null && <span className="dq-row__id"> · {record.id}</span>}
      </span>
      <span className="dq-row__meta">
        {t('dq.skipped.where', {
          dataset: datasetLabel(record.dataset, lang),
          index: record.index,
        })}
      </span>
      <span className="dq-row__detail">{record.detail}</span>
    </>
  );
}
