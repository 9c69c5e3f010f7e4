import { useMemo, useState } from 'react';
import type { EntityData } from '../../data/entities';
import { useFilterResult } from '../../data/use-filter-result';
import { realCount, type SortKey, zoneMembersNow } from '../../data/zone-members';
import type { ZoneId } from '../../domain/zone';
import type { MessageKey } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount } from '../../ui/format-number';
import { type ListKind, MemberList } from './member-list';
import { useListOrder } from './use-list-order';

const SORTS: Record<ListKind, readonly SortKey[]> = {
  enterprise: ['name', 'employees', 'year'],
  project: ['name', 'investment', 'year'],
};

/** Message keys of the two list tabs: "in the zone" or "matching the filter". */
export interface ResultListLabels {
  enterprise: MessageKey;
  project: MessageKey;
  group: MessageKey;
}

/**
 * The filtered enterprises or projects (of one zone, or all of them): real records first by
 * default, sortable by name, size (employees / investment) and year, virtualized.
 */
export function EntityResultList(props: {
  data: EntityData;
  zone: ZoneId | null;
  labels: ResultListLabels;
  /** Filtered records to list instead of the whole filter result (e.g. a user zone's). */
  matched?: { enterprise: Uint32Array; project: Uint32Array };
}) {
  const { data, zone, labels, matched } = props;
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  // The list follows the filter in the same render as the shown count and the exports. A
  // deferred render of it (useDeferredValue) made the sidebar change twice per filter click: two
  // frames for the compositor, the second of which held back the map's new clusters (issue 11).
  const result = useFilterResult();
  const [kind, setKind] = useState<ListKind>('enterprise');
  const [sort, setSort] = useState<SortKey>('name');
  const [realFirst, setRealFirst] = useState(true);
  // A sort that does not apply to the dataset (employees of a project) falls back to name.
  const sortOf = (k: ListKind): SortKey => (SORTS[k].includes(sort) ? sort : 'name');
  // Bumped when a list order becomes known: the lists are asked for again.
  const [known, setKnown] = useState(0);
  const lists = useMemo(() => {
    const none = { items: [], sorted: true };
    if (!result) return { enterprise: none, project: none, known };
    // Without the dataset's list order yet, the members in dataset order (sorted: false).
    const members = (k: ListKind, matched: Uint32Array) =>
      zoneMembersNow(
        data,
        k,
        matched,
        zone,
        SORTS[k].includes(sort) ? sort : 'name',
        lang,
        realFirst,
      );
    return {
      enterprise: members('enterprise', matched?.enterprise ?? result.enterprises.indices),
      project: members('project', matched?.project ?? result.projects.indices),
      known,
    };
  }, [data, result, zone, sort, lang, realFirst, matched, known]);
  const waiting = (['enterprise', 'project'] as const).filter((k) => !lists[k].sorted);
  useListOrder(data, waiting, sortOf, lang, realFirst, setKnown);
  const { items, sorted } = lists[kind];
  const real = useMemo(() => realCount(data, kind, items), [data, kind, items]);
  const sorts = SORTS[kind];
  const label = t(labels[kind], { count: formatCount(items.length, lang) });
  return (
    <div className="zone-entities">
      <fieldset className="segmented">
        <legend className="visually-hidden">{t(labels.group)}</legend>
        {(['enterprise', 'project'] as const).map((k) => (
          <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
            {t(labels[k], { count: formatCount(lists[k].items.length, lang) })}
          </button>
        ))}
      </fieldset>
      <div className="result-list__controls">
        <label className="inline-field">
          {t('zoneList.sortBy')}
          <select
            value={sorts.includes(sort) ? sort : 'name'}
            onChange={(e) => setSort(e.currentTarget.value as SortKey)}
          >
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`zoneList.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <input
            type="checkbox"
            checked={realFirst}
            onChange={(e) => setRealFirst(e.currentTarget.checked)}
          />
          {t('resultList.realFirst')}
        </label>
      </div>
      <p className="note result-list__real" data-testid="real-count">
        {t('resultList.realCount', {
          real: formatCount(real, lang),
          total: formatCount(items.length, lang),
        })}
      </p>
      {items.length === 0 ? (
        <p className="note">{t('zoneList.empty')}</p>
      ) : !sorted ? (
        <p className="note" role="status" aria-busy="true">
          {t('listOrder.sorting', { count: formatCount(items.length, lang) })}
        </p>
      ) : (
        <MemberList data={data} kind={kind} items={items} label={label} />
      )}
    </div>
  );
}
