import type { EntityData } from '../../data/entities';
import type { Enterprise } from '../../domain/entity';
import { categoryLabel, industryLabel } from '../../i18n/enum-labels';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount } from '../../ui/format-number';
import { EntityLink } from './entity-link';

export function EnterpriseFacts({
  enterprise: e,
  data,
}: {
  enterprise: Enterprise;
  data: EntityData;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const projectIdx = data.link.projectsByEnterprise.get(e.id) ?? [];
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <>
      <dl className="facts">
        <dt>{t('entity.industry')}</dt>
        <dd>{industryLabel(e.industry, lang)}</dd>
        <dt>{t('entity.categories')}</dt>
        <dd>
          {e.categories.length
            ? e.categories.map((c) => categoryLabel(c, lang)).join(sep)
            : t('entity.none')}
        </dd>
        <dt>{t('entity.founded')}</dt>
        <dd>{e.founded ?? t('entity.unknown')}</dd>
        <dt>{t('entity.employees')}</dt>
        <dd>{e.employees === null ? t('entity.unknown') : formatCount(e.employees, lang)}</dd>
        <dt>{t('entity.address')}</dt>
        <dd>{e.address ?? t('entity.unknown')}</dd>
      </dl>
      <h3>{t('entity.projects')}</h3>
      {projectIdx.length === 0 ? (
        <p className="note">{t('entity.none')}</p>
      ) : (
        <ul className="link-list">
          {projectIdx.map((i) => {
            const id = data.projects[i]?.id;
            return id ? (
              <li key={id}>
                <EntityLink data={data} kind="project" id={id} />
              </li>
            ) : null;
          })}
        </ul>
      )}
    </>
  );
}
