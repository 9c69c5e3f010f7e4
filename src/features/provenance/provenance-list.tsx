import type { Provenance } from '../../domain/provenance';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/** A dataset's provenance as a definition list. Text comes from data: rendered as text only. */
export function ProvenanceList({ provenance }: { provenance: Provenance }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const crs =
    provenance.original_crs === provenance.crs
      ? provenance.crs
      : `${provenance.original_crs} → ${provenance.crs}`;
  return (
    <dl className="facts provenance">
      <dt>{t('prov.source')}</dt>
      <dd>{pick(lang, provenance.source_zh, provenance.source_en)}</dd>
      <dt>{t('prov.crs')}</dt>
      <dd>{crs}</dd>
      <dt>{t('prov.conversion')}</dt>
      <dd>{provenance.conversion === 'none' ? t('prov.noConversion') : provenance.conversion}</dd>
      <dt>{t('prov.date')}</dt>
      <dd>{provenance.date}</dd>
      <dt>{t('prov.confidence')}</dt>
      <dd>{t(`confidence.${provenance.confidence}`)}</dd>
      <dt>{t('prov.licence')}</dt>
      <dd>{pick(lang, provenance.licence_zh ?? provenance.licence, provenance.licence)}</dd>
      <dd className="note">{pick(lang, provenance.note_zh, provenance.note_en)}</dd>
    </dl>
  );
}
