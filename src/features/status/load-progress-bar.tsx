import { useEffect, useState } from 'react';
import { useLoadProgress } from '../../data/load-progress';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount } from '../../ui/format-number';
import './load-progress.css';

/** How long the finished bar stays, so the total can be read before it goes. */
const DONE_SHOWN_MS = 4000;

/** Loads up to one chunk (stream-entities' STREAM_CHUNK) arrive at once: no bar for those. */
const SHOWN_ABOVE = 10_000;

/**
 * The progress of a streamed enterprise load (role=progressbar, records read of the total
 * when known), over the map; the district view stays usable underneath while it runs. Only
 * shown for loads of more than one chunk: the default data arrives at once.
 */
export function LoadProgressBar() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const progress = useLoadProgress();
  const [hidden, setHidden] = useState(false);
  const done = progress?.done ?? false;
  useEffect(() => {
    setHidden(false);
    if (!done) return;
    const timer = setTimeout(() => setHidden(true), DONE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [done]);
  if (!progress || hidden || progress.read === 0) return null;
  const { read, total } = progress;
  if ((total ?? read) <= SHOWN_ABOVE) return null;
  const n = (x: number) => formatCount(x, lang);
  let text = t('stream.loadingUnknown', { read: n(read) });
  if (done) text = t('stream.done', { read: n(read) });
  else if (total !== null) text = t('stream.loading', { read: n(read), total: n(total) });
  const percent = total ? Math.min(100, (100 * read) / total) : null;
  return (
    <div className="load-progress" data-done={done}>
      <div
        className="load-progress__bar"
        role="progressbar"
        aria-label={t('stream.label')}
        aria-valuemin={0}
        aria-valuenow={read}
        aria-valuetext={text}
        {...(total !== null ? { 'aria-valuemax': total } : {})}
      >
        <div
          className="load-progress__fill"
          style={{ width: percent === null ? '100%' : `${percent}%` }}
          data-indeterminate={percent === null}
        />
      </div>
      <p className="load-progress__text">{text}</p>
      {!done && <p className="load-progress__hint">{t('stream.usable')}</p>}
    </div>
  );
}
