import { useMemo, useRef, useState } from 'react';
import type { EntityData } from '../../data/entities';
import { entityDisplayName } from '../../data/entity-name';
import { useFilterResult } from '../../data/use-filter-result';
import { type SortKey, zoneMembers } from '../../data/zone-members';
import type { ZoneId } from '../../domain/zone';
import { industryLabel, statusLabel } from '../../i18n/enum-labels';
import { sameEntity } from '../../state/entity-selection-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { VirtualList } from '../../ui/virtual-list';

type Kind = 'enterprise' | 'project';

/** The zone's enterprises or projects under the current filter: sortable, virtualized. */
export function ZoneEntityList({ data, zone }: { data: EntityData; zone: ZoneId }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const result = useFilterResult();
  const [kind, setKind] = useState<Kind>('enterprise');
  const [sort, setSort] = useState<SortKey>('name');
  const lists = useMemo(() => {
    if (!result) return { enterprise: [], project: [] };
    return {
      enterprise: zoneMembers(data, 'enterprise', result.enterprises.indices, zone, sort, lang),
      project: zoneMembers(data, 'project', result.projects.indices, zone, sort, lang),
    };
  }, [data, result, zone, sort, lang]);
  const items = lists[kind];
  return (
    <div className="zone-entities">
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('zoneList.tabs')}</legend>
        {(['enterprise', 'project'] as const).map((k) => (
          <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
            {t(k === 'enterprise' ? 'zoneList.enterprises' : 'zoneList.projects', {
              count: lists[k].length,
            })}
          </button>
        ))}
      </fieldset>
      <label className="inline-field">
        {t('zoneList.sortBy')}
        <select value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
          <option value="name">{t('zoneList.sort.name')}</option>
          <option value="year">{t('zoneList.sort.year')}</option>
          {kind === 'project' && (
            <option value="investment">{t('zoneList.sort.investment')}</option>
          )}
        </select>
      </label>
      {items.length === 0 ? (
        <p className="note">{t('zoneList.empty')}</p>
      ) : (
        <MemberList data={data} kind={kind} items={items} />
      )}
    </div>
  );
}

function MemberList({ data, kind, items }: { data: EntityData; kind: Kind; items: number[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const hovered = useAppStore((s) => s.hoveredEntity);
  const selected = useAppStore((s) => s.selectedEntity);
  const { hoverEntity, selectEntity } = useAppStore.getState();
  const pointerInside = useRef(false);
  // A point hovered on the map scrolls its row into view; hovering the list itself does not.
  const reveal =
    !pointerInside.current && hovered?.kind === kind ? items.indexOf(hovered.index) : null;
  const label = t(kind === 'enterprise' ? 'zoneList.enterprises' : 'zoneList.projects', {
    count: items.length,
  });
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer tracking only decides whether to auto-scroll; keyboard users get focus-based highlighting on the rows.
    <div
      onMouseEnter={() => (pointerInside.current = true)}
      onMouseLeave={() => {
        pointerInside.current = false;
        hoverEntity(null);
      }}
    >
      <VirtualList
        items={items}
        label={label}
        className="member-list"
        revealIndex={reveal}
        getKey={(i) => `${kind}-${i}`}
        rowClassName={(i) =>
          `${sameEntity(hovered, { kind, index: i }) ? 'is-hovered' : ''} ${sameEntity(selected, { kind, index: i }) ? 'is-selected' : ''}`
        }
        renderItem={(i) => {
          const ref = { kind, index: i };
          const record = kind === 'enterprise' ? data.enterprises[i] : data.projects[i];
          const detail =
            record?.kind === 'enterprise'
              ? industryLabel(record.industry, lang)
              : record
                ? statusLabel(record.status, lang)
                : '';
          return (
            <button
              type="button"
              className="member"
              onMouseEnter={() => hoverEntity(ref)}
              onFocus={() => hoverEntity(ref)}
              onClick={() => selectEntity(ref, true)}
            >
              <span className="member__name">{entityDisplayName(data, ref, lang)}</span>
              <span className="member__detail">
                {detail}
                {record?.synthetic && (
                  <span className="badge badge--synthetic">{t('entities.synthetic')}</span>
                )}
              </span>
            </button>
          );
        }}
      />
    </div>
  );
}
