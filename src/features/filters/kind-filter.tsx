import { useOrgKindCounts } from '../../data/use-kind-counts';
import { ORG_KINDS, type OrgKind } from '../../domain/entity';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount } from '../../ui/format-number';
import { CheckGroup } from './check-group';

/**
 * Kinds of record (firm, university, institute, platform) as a filter; each box shows how many
 * enterprises it would match next to the other criteria.
 */
export function KindFilter() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore((s) => s.filter.orgKinds);
  const counts = useOrgKindCounts();
  const label = (v: OrgKind) => {
    const name = t(`orgKind.${v}`);
    if (!counts) return name;
    return t('filters.withCount', { label: name, count: formatCount(counts[v], lang) });
  };
  return (
    <CheckGroup
      legend={t('filters.orgKinds')}
      values={ORG_KINDS}
      selected={selected}
      label={label}
      onToggle={(v) => useAppStore.getState().toggleFilterValue('orgKinds', v)}
    />
  );
}
