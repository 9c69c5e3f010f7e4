import { useEntityData } from '../../data/use-entities';
import { INDUSTRIES, ORG_KINDS, PROJECT_STATUSES } from '../../domain/entity';
import { industryLabel, statusLabel } from '../../i18n/enum-labels';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { INDUSTRY_COLOURS, STATUS_COLOURS } from '../../ui/palette';
import { SyntheticSwitch } from './synthetic-switch';

/** Toggles and legend for the enterprise (dots by industry) and project (diamonds by status) layers. */
export function EntityLegend() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const visible = useAppStore((s) => s.entityVisible);
  const setVisible = useAppStore((s) => s.setEntityVisible);
  const data = useEntityData();
  if (!data) return null;
  return (
    <fieldset>
      <legend>{t('entities.layers')}</legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={visible.enterprises}
          onChange={(e) => setVisible('enterprises', e.currentTarget.checked)}
        />
        {t('entities.enterprises')}
      </label>
      <ul className="legend-items" aria-label={t('entities.legendIndustry')}>
        {INDUSTRIES.map((ind, i) => (
          <li key={ind}>
            <span className="dot" style={{ background: INDUSTRY_COLOURS[i] }} aria-hidden="true" />
            {industryLabel(ind, lang)}
          </li>
        ))}
      </ul>
      <label className="check-row">
        <input
          type="checkbox"
          checked={visible.projects}
          onChange={(e) => setVisible('projects', e.currentTarget.checked)}
        />
        {t('entities.projects')}
      </label>
      <ul className="legend-items" aria-label={t('entities.legendStatus')}>
        {PROJECT_STATUSES.map((st, i) => (
          <li key={st}>
            <span
              className="diamond"
              style={{ background: STATUS_COLOURS[i] }}
              aria-hidden="true"
            />
            {statusLabel(st, lang)}
          </li>
        ))}
      </ul>
      <p className="legend-site">
        <span className="site-swatch" aria-hidden="true" />
        {t('legend.projectSite')}
      </p>
      <p className="note legend-kinds">
        {t('orgKind.legend')}:{' '}
        {ORG_KINDS.map((k) => t(`orgKind.${k}`)).join(lang === 'zh' ? '、' : ', ')}
        {' — '}
        {t('legend.kindsWhere')}
      </p>
      <p className="note">
        <span className="cluster-dot" aria-hidden="true">
          12
        </span>{' '}
        {t('entities.legendCluster')}
      </p>
      {data.hasSynthetic && <SyntheticSwitch />}
    </fieldset>
  );
}
