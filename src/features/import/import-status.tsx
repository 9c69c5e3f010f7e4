import { useEffect, useRef } from 'react';
import { useT } from '../../state/use-t';
import { useImportSession } from './import-session';
import { issueText } from './issue-text';

const LISTED = 20;

/** Progress with a cancel button while importing; then the outcome or the error (role alert). */
export function ImportStatus() {
  const t = useT();
  const { running, error, outcome, storage, dismiss } = useImportSession();
  const box = useRef<HTMLDivElement>(null);
  // A file dropped on the map reports here, below the layers: bring the report into view.
  const phase = running ? 'running' : (error ?? outcome ?? storage);
  useEffect(() => {
    if (phase) box.current?.scrollIntoView({ block: 'nearest' });
  }, [phase]);
  if (running) {
    const pct = running.total > 0 ? Math.round((100 * running.loaded) / running.total) : 0;
    return (
      <div className="import-status" ref={box}>
        <p id="import-progress-label">{t('importUi.progress', { file: running.fileName })}</p>
        <div
          className="import-progress"
          role="progressbar"
          aria-labelledby="import-progress-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
          aria-valuetext={`${pct}%`}
        >
          <span style={{ width: `${pct}%` }} />
        </div>
        <button type="button" className="import-cancel" onClick={running.cancel}>
          {t('importUi.cancel')}
        </button>
      </div>
    );
  }
  if (!error && !outcome && !storage) return null;
  return (
    <div className="import-status" ref={box}>
      {error && (
        <p className="import-error" role="alert">
          {t('importUi.failed', { file: error.fileName, reason: issueText(t, error.issue) })}
        </p>
      )}
      {outcome && (
        <div role="status">
          <p>{t('importUi.done', { file: outcome.fileName, count: outcome.count })}</p>
          {outcome.skipped.length > 0 && (
            <div className="import-skipped" role="alert">
              <p>{t('importUi.skipped', { count: outcome.skipped.length })}</p>
              <ul>
                {outcome.skipped.slice(0, LISTED).map((issue, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id and do not reorder
                  <li key={i}>{issueText(t, issue)}</li>
                ))}
              </ul>
              {outcome.skipped.length > LISTED && (
                <p>{t('importUi.moreSkipped', { count: outcome.skipped.length - LISTED })}</p>
              )}
            </div>
          )}
          {outcome.warnings.length > 0 && (
            <ul className="note">
              {outcome.warnings.slice(0, LISTED).map((issue, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <li key={i}>{issueText(t, issue)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {storage && (
        <p className="import-error" role="alert">
          {t(`importUi.storage.${storage}`)}
        </p>
      )}
      <button type="button" className="link-button" onClick={dismiss}>
        {t('importUi.dismiss')}
      </button>
    </div>
  );
}
