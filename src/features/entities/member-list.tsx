import { useRef } from 'react';
import type { EntityData } from '../../data/entities';
import { entityDisplayName } from '../../data/entity-name';
import { industryLabel, statusLabel } from '../../i18n/enum-labels';
import { sameEntity } from '../../state/entity-selection-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { FixedVirtualList } from '../../ui/fixed-virtual-list';
import './member-list.css';

export type ListKind = 'enterprise' | 'project';

/**
 * A virtualized list of records (enterprises or projects): hover highlights the point on the
 * map, a click selects the record. Shared by the zone panel and the filter tab.
 */
export function MemberList(props: {
  data: EntityData;
  kind: ListKind;
  items: readonly number[] | Uint32Array;
  label: string;
}) {
  const { data, kind, items, label } = props;
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const hovered = useAppStore((s) => s.hoveredEntity);
  const selected = useAppStore((s) => s.selectedEntity);
  const { hoverEntity, selectEntity } = useAppStore.getState();
  const pointerInside = useRef(false);
  // A point hovered on the map scrolls its row into view; hovering the list itself does not.
  const reveal =
    !pointerInside.current && hovered?.kind === kind ? items.indexOf(hovered.index) : null;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer tracking only decides whether to auto-scroll; keyboard users get focus-based highlighting on the rows.
    <div
      onMouseEnter={() => (pointerInside.current = true)}
      onMouseLeave={() => {
        pointerInside.current = false;
        hoverEntity(null);
      }}
    >
      <FixedVirtualList
        count={items.length}
        itemAt={(k) => items[k]}
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
          const name = entityDisplayName(data, ref, lang);
          return (
            <button
              type="button"
              className="member"
              onMouseEnter={() => hoverEntity(ref)}
              onFocus={() => hoverEntity(ref)}
              onClick={() => selectEntity(ref, true)}
            >
              {/* One line per row (fixed-height list); the full name shows on hover. */}
              <span className="member__name" title={name}>
                {name}
              </span>
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
