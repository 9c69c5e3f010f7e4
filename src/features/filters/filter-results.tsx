import { useEntityData } from '../../data/use-entities';
import { useT } from '../../state/use-t';
import { EntityResultList } from '../entities/entity-result-list';
import { ExportButtons } from '../export/export-buttons';

const LABELS = {
  enterprise: 'results.enterprises',
  project: 'results.projects',
  group: 'results.group',
} as const;

/** The records the filter matches, listed where the filter is, with the exports beside them. */
export function FilterResults() {
  const t = useT();
  const data = useEntityData();
  return (
    <section className="filter-results" aria-labelledby="filter-results-title">
      <h3 id="filter-results-title">{t('results.title')}</h3>
      {data && <EntityResultList data={data} zone={null} labels={LABELS} />}
      <ExportButtons />
    </section>
  );
}
