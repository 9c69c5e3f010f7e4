import { useId } from 'react';
import type { ZoneFeature } from '../../domain/zone';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { ZONE_COLOURS } from '../../ui/palette';
import { Swatch } from '../../ui/swatch';

/**
 * One zone: a checkbox named by the zone (shows/hides it) and the name as a button that opens
 * the zone panel. Hovering the row lights the zone up on the map.
 */
export function ZoneRow({ zone }: { zone: ZoneFeature }) {
  const p = zone.properties;
  const lang = useAppStore((s) => s.lang);
  const visible = useAppStore((s) => s.zoneVisible[p.zone_id]);
  const hovered = useAppStore((s) => s.hoveredZone === p.zone_id);
  const selected = useAppStore((s) => s.selectedZone === p.zone_id);
  const { setZoneVisible, selectZone, hoverZone } = useAppStore.getState();
  const t = useT();
  const nameId = useId();
  const name = pick(lang, p.name_zh, p.name_en);
  return (
    <li
      className={`zone-row${hovered ? ' is-hovered' : ''}${selected ? ' is-selected' : ''}`}
      onMouseEnter={() => hoverZone(p.zone_id)}
      onMouseLeave={() => hoverZone(null)}
    >
      <input
        type="checkbox"
        aria-labelledby={nameId}
        checked={visible}
        onChange={(e) => setZoneVisible(p.zone_id, e.currentTarget.checked)}
      />
      <Swatch colour={ZONE_COLOURS[p.zone_id]} pattern={p.kind === 'park' ? 'solid' : 'dashed'} />
      <button
        type="button"
        className="zone-row__name"
        aria-pressed={selected}
        title={t('layers.openZone', { name })}
        onClick={() => selectZone(p.zone_id)}
      >
        <span id={nameId}>{name}</span>
      </button>
      <span className="zone-row__kind">
        {t(p.kind === 'park' ? 'zone.kind.park' : 'zone.kind.belt')}
      </span>
      {!p.schematic && <span className="badge">{t('importUi.importedBoundary')}</span>}
    </li>
  );
}
