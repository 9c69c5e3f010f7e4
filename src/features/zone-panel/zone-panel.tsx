import { useEffect, useRef } from 'react';
import { useZoneSourceLayer } from '../../data/import/use-user-layers';
import { useZoneList, useZonesProvenance } from '../../data/use-datasets';
import { useEntityData } from '../../data/use-entities';
import type { ZoneFeature } from '../../domain/zone';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatKm2 } from '../../ui/format-number';
import { ZONE_COLOURS } from '../../ui/palette';
import { Swatch } from '../../ui/swatch';
import { LayerFacts } from '../import/layer-details';
import { ProvenanceList } from '../provenance/provenance-list';
import { ZoneCounts } from './zone-counts';
import { ZoneEntityList } from './zone-entity-list';

/** The selected zone: a region headed by its name. Escape or the close button closes it. */
export function ZonePanel() {
  const selected = useAppStore((s) => s.selectedZone);
  const zone = useZoneList().find((z) => z.properties.zone_id === selected);
  const selectZone = useAppStore((s) => s.selectZone);
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !isInsideWidget(e.target)) selectZone(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, selectZone]);
  if (!zone) return null;
  return <ZoneDetails zone={zone} onClose={() => selectZone(null)} />;
}

/** Escape inside a combobox or a drawing belongs to that widget, not to the panel. */
export function isInsideWidget(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('[role="combobox"], [role="listbox"]') !== null
  );
}

function ZoneDetails({ zone, onClose }: { zone: ZoneFeature; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const provenance = useZonesProvenance();
  // A zone replaced by an imported boundary has that file, not zones.geojson, as its source.
  const imported = useZoneSourceLayer(zone.properties.zone_id);
  const data = useEntityData();
  const p = zone.properties;
  const headingId = `zone-heading-${p.zone_id}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const list = (zh: string[], en: string[]) => pick(lang, zh, en).join(lang === 'zh' ? '、' : ', ');
  return (
    <section className="panel side-panel zone-panel" aria-labelledby={headingId}>
      <header className="zone-panel__header">
        <Swatch colour={ZONE_COLOURS[p.zone_id]} pattern={p.kind === 'park' ? 'solid' : 'dashed'} />
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {pick(lang, p.name_zh, p.name_en)}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('zone.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {p.schematic && <span className="badge badge--schematic">{t('zone.schematicBadge')}</span>}
      <dl className="facts">
        <dt>{t('zone.kind')}</dt>
        <dd>{t(p.kind === 'park' ? 'zone.kind.park' : 'zone.kind.belt')}</dd>
        <dt>{t('zone.theme')}</dt>
        <dd>{pick(lang, p.theme_zh, p.theme_en)}</dd>
        <dt>{t('zone.industries')}</dt>
        <dd>{list(p.industries_zh, p.industries_en)}</dd>
        <dt>{t('zone.platforms')}</dt>
        <dd>{list(p.platforms_zh, p.platforms_en)}</dd>
        <dt>{t('zone.area')}</dt>
        <dd>
          {t('zone.areaValue', { value: formatKm2(p.area_km2, lang) })}{' '}
          <span className="note">({t(imported ? 'importUi.areaNote' : 'zone.areaNote')})</span>
        </dd>
      </dl>
      <ZoneCounts zone={p.zone_id} />
      {data && <ZoneEntityList data={data} zone={p.zone_id} />}
      <h3>{t('zone.description')}</h3>
      <p>{pick(lang, p.description_zh, p.description_en)}</p>
      <h3>{t('zone.provenance')}</h3>
      <dl className="facts">
        <dt>{t('zone.basis')}</dt>
        <dd>{pick(lang, p.basis_zh, p.basis_en)}</dd>
        <dt>{t('zone.confidence')}</dt>
        <dd>{t(`confidence.${p.confidence}`)}</dd>
      </dl>
      {imported ? (
        <LayerFacts layer={imported} />
      ) : (
        provenance && <ProvenanceList provenance={provenance} />
      )}
    </section>
  );
}
