import { useId } from 'react';
import { useEntityData } from '../../data/use-entities';
import { useT } from '../../state/use-t';
import { MismatchSection } from './mismatch-section';
import { SkippedSection } from './skipped-section';
import './data-quality.css';

/**
 * A planner's check of the data: records located outside the zone they are registered to,
 * and records skipped as invalid, each with a count and a CSV export. Covers every loaded
 * record, not just the filtered ones. Fits a ~20rem sidebar or a dialog.
 */
export function DataQualityPanel() {
  const t = useT();
  const headingId = useId();
  const data = useEntityData();
  return (
    <section className="panel data-quality" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dq.title')}</h2>
      {data ? (
        <>
          <p className="note">{t('dq.scope')}</p>
          <MismatchSection data={data} />
          <SkippedSection skipped={data.skipped} />
        </>
      ) : (
        <p className="note">{t('dq.loading')}</p>
      )}
    </section>
  );
}
