import { useT } from '../../state/use-t';
import { DRAFT_ID } from './use-draft-script';

/** Links to the authored script: here (IndexedDB), and for others as a file on this site. */
export function EditorShare() {
  const t = useT();
  const base = `${window.location.origin}${window.location.pathname}`;
  return (
    <div className="editor__share">
      <h3>{t('editor.shareHeading')}</h3>
      <p>
        {t('editor.shareLocal')} <code>{`${base}?briefing=${DRAFT_ID}`}</code>
      </p>
      <p>
        {t('editor.shareFile')} <code>{`${base}?briefingSrc=/briefings/${DRAFT_ID}.json`}</code>
      </p>
    </div>
  );
}
