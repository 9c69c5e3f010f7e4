import type { EntityData } from '../../data/entities';
import type { Project } from '../../domain/entity';
import { projectTypeLabel, statusLabel } from '../../i18n/enum-labels';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatYi } from '../../ui/format-number';
import { EntityLink } from './entity-link';

export function ProjectFacts({ project: p, data }: { project: Project; data: EntityData }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const years = [p.start_year, p.end_year].map((y) => y ?? '?').join('–');
  return (
    <>
      <dl className="facts">
        <dt>{t('entity.type')}</dt>
        <dd>{projectTypeLabel(p.type, lang)}</dd>
        <dt>{t('entity.status')}</dt>
        <dd>{statusLabel(p.status, lang)}</dd>
        <dt>{t('entity.investment')}</dt>
        <dd>{p.investment_yi === null ? t('entity.unknown') : formatYi(p.investment_yi, lang)}</dd>
        <dt>{t('entity.years')}</dt>
        <dd>{years}</dd>
        <dt>{t('entity.lead')}</dt>
        <dd>
          {p.lead_enterprise ? (
            <EntityLink data={data} kind="enterprise" id={p.lead_enterprise} />
          ) : (
            t('entity.none')
          )}
        </dd>
      </dl>
      <h3>{t('entity.participants')}</h3>
      {p.participants.length === 0 ? (
        <p className="note">{t('entity.none')}</p>
      ) : (
        <ul className="link-list">
          {p.participants.map((id) => (
            <li key={id}>
              <EntityLink data={data} kind="enterprise" id={id} />
            </li>
          ))}
        </ul>
      )}
      {p.site && <p className="note">{t('entity.site')}</p>}
    </>
  );
}
