import { conversionLabel, crsLabel } from '../../data/import/layer-provenance';
import type { UserLayer } from '../../data/import/user-layer';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The layer's own provenance: file, size, date imported, CRS and how it was read, conversion. */
export function LayerDetails({ layer }: { layer: UserLayer }) {
  const t = useT();
  return (
    <details className="user-layer__details">
      <summary>{t('importUi.details')}</summary>
      <LayerFacts layer={layer} />
    </details>
  );
}

/** The provenance facts of an imported file (also shown for a zone it stands in for). */
export function LayerFacts({ layer }: { layer: UserLayer }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const date = new Date(layer.importedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <dl className="facts">
      <dt>{t('importUi.file')}</dt>
      <dd>{layer.fileName}</dd>
      <dt>{t('importUi.size')}</dt>
      <dd>{size(layer.byteSize)}</dd>
      <dt>{t('importUi.importedAt')}</dt>
      <dd>{date}</dd>
      <dt>{t('importUi.format')}</dt>
      <dd>{layer.format}</dd>
      <dt>{t('importUi.layerCrs')}</dt>
      <dd>
        {crsLabel(layer.crs)} ({t(`importUi.crsSource.${layer.crsSource}`)})
      </dd>
      <dt>{t('importUi.conversion')}</dt>
      <dd>{conversionLabel(layer.crs) ?? t('importUi.noConversion')}</dd>
      <dt>{t('importUi.fields')}</dt>
      <dd>{layer.fields.join(', ') || '—'}</dd>
    </dl>
  );
}
