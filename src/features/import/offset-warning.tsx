import { crsLabel } from '../../data/import/layer-provenance';
import type { UserLayer } from '../../data/import/user-layer';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { sessionFiles, useImportSession } from './import-session';
import { useImportFile } from './use-import-file';

const pct = (share: number, lang: string) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { style: 'percent' }).format(share);

/** The importer thinks the data is offset: say so and offer the conversion it suggests. */
export function OffsetWarning({ layer }: { layer: UserLayer }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const importFile = useImportFile();
  const w = layer.offsetWarning;
  if (!w) return null;
  const suggested = crsLabel(w.suggested);
  const file = sessionFiles.get(layer.id);
  return (
    <div className="import-offset" role="alert">
      <p>
        {t('importUi.offset', {
          asRead: crsLabel(layer.crs),
          inside: pct(w.insideAsRead, lang),
          suggested,
          insideSuggested: pct(w.insideSuggested, lang),
        })}
      </p>
      {file ? (
        <button
          type="button"
          onClick={() => void importFile(file, layer.fileName, { layer, crs: w.suggested })}
        >
          {t('importUi.offsetConvert', { suggested })}
        </button>
      ) : (
        <p>
          <button type="button" onClick={() => useImportSession.getState().setCrs(w.suggested)}>
            {t('importUi.offsetConvert', { suggested })}
          </button>{' '}
          <span className="note">{t('importUi.offsetNeedsFile', { suggested })}</span>
        </p>
      )}
    </div>
  );
}
