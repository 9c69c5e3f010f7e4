import './copy-link.css';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../state/use-t';
import { currentLink } from '../../state/use-url-sync';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

/**
 * Copies the link that reopens what is on screen (view, zone, filter, record, language).
 * Without the clipboard API (insecure origin, denied permission) the link is shown selected
 * in a field, so the user can copy it by hand.
 */
export function CopyLink() {
  const t = useT();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.kind === 'manual') fieldRef.current?.select();
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    let link: string;
    try {
      link = await currentLink();
    } catch {
      // The filter's encoder could not be fetched (offline): the address bar's link is the
      // last one written, so it is offered by hand rather than copied as if it were current.
      setState({ kind: 'manual', link: window.location.href });
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', link });
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="lang-switch" onClick={copy}>
        {t('share.copy')}
      </button>
      <p role="status" className="copy-link__status">
        {state.kind === 'copied' && t('share.copied')}
        {state.kind === 'manual' && t('share.manual')}
      </p>
      {state.kind === 'manual' && (
        <input
          ref={fieldRef}
          className="copy-link__field"
          readOnly
          value={state.link}
          aria-label={t('share.linkField')}
          onBlur={() => setState({ kind: 'idle' })}
        />
      )}
    </div>
  );
}
