import { useZoneList } from '../../data/use-datasets';
import { useFilterResult } from '../../data/use-filter-result';
import {
  CATEGORIES,
  INDUSTRIES,
  LINK_STATUSES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
} from '../../domain/entity';
import {
  categoryLabel,
  industryLabel,
  projectTypeLabel,
  statusLabel,
} from '../../i18n/enum-labels';
import { pick } from '../../i18n/translate';
import { activeFilterCount } from '../../state/filters-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount } from '../../ui/format-number';
import { SyntheticSwitch } from '../entities/synthetic-switch';
import { CheckGroup } from './check-group';
import { FilterResults } from './filter-results';
import { KindFilter } from './kind-filter';
import { RangeField } from './range-field';
import { SpatialFilters } from './spatial-filters';
import { UserZoneChecks } from './user-zone-checks';

/** Attribute and spatial filters; everything on the map, in the lists and in the stats follows. */
export function FilterPanel() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filter = useAppStore((s) => s.filter);
  const { toggleFilterValue, setFilter, clearFilters } = useAppStore.getState();
  const zones = useZoneList();
  const result = useFilterResult();
  const active = activeFilterCount(filter);
  const zoneName = (id: string) => {
    const z = zones.find((f) => f.properties.zone_id === id)?.properties;
    return z ? pick(lang, z.name_zh, z.name_en) : id;
  };
  return (
    <section className="panel filter-panel" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters.title')}</h2>
      <p className="filter-summary" aria-live="polite">
        <span className="badge">
          {active ? t('filters.active', { count: active }) : t('filters.none')}
        </span>{' '}
        {result &&
          t('filters.matched', {
            enterprises: formatCount(result.enterprises.count, lang),
            projects: formatCount(result.projects.count, lang),
          })}
      </p>
      <button type="button" onClick={clearFilters} disabled={active === 0}>
        {t('filters.clear')}
      </button>
      <SyntheticSwitch />
      <FilterResults />
      <CheckGroup
        legend={t('filters.zones')}
        values={zones.map((z) => z.properties.zone_id)}
        selected={filter.zones}
        label={zoneName}
        onToggle={(v) => toggleFilterValue('zones', v)}
      >
        <UserZoneChecks />
      </CheckGroup>
      <CheckGroup
        legend={t('filters.industries')}
        values={INDUSTRIES}
        selected={filter.industries}
        label={(v) => industryLabel(v, lang)}
        onToggle={(v) => toggleFilterValue('industries', v)}
      />
      <CheckGroup
        legend={t('filters.categories')}
        values={CATEGORIES}
        selected={filter.categories}
        label={(v) => categoryLabel(v, lang)}
        onToggle={(v) => toggleFilterValue('categories', v)}
      />
      <KindFilter />
      <CheckGroup
        legend={t('filters.projectTypes')}
        values={PROJECT_TYPES}
        selected={filter.projectTypes}
        label={(v) => projectTypeLabel(v, lang)}
        onToggle={(v) => toggleFilterValue('projectTypes', v)}
      />
      <CheckGroup
        legend={t('filters.projectStatuses')}
        values={PROJECT_STATUSES}
        selected={filter.projectStatuses}
        label={(v) => statusLabel(v, lang)}
        onToggle={(v) => toggleFilterValue('projectStatuses', v)}
      />
      <RangeField
        legend={t('filters.investment')}
        range={filter.investment}
        minLabel={t('filters.min')}
        maxLabel={t('filters.max')}
        step={0.1}
        onChange={(investment) => setFilter({ investment })}
      />
      <RangeField
        legend={t('filters.years')}
        range={filter.years}
        minLabel={t('filters.from')}
        maxLabel={t('filters.to')}
        onChange={(years) => setFilter({ years })}
      />
      <CheckGroup
        legend={t('filters.linkStatus')}
        values={LINK_STATUSES}
        selected={filter.linkStatuses}
        label={(v) => t(`link.${v}`)}
        onToggle={(v) => toggleFilterValue('linkStatuses', v)}
      />
      <SpatialFilters />
      <p className="note">{t('filters.note')}</p>
    </section>
  );
}
