import { useEffect, useMemo, useRef } from 'react';
import type { EntityData } from '../../data/entities';
import { crsLabel } from '../../data/import/layer-provenance';
import { useUserLayers } from '../../data/import/use-user-layers';
import { useUserZoneMembers, useUserZones } from '../../data/import/use-user-zones';
import type { UserZoneMembers } from '../../data/import/user-zones';
import { useEntityData } from '../../data/use-entities';
import type { UserZone } from '../../domain/user-zone';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import './import.css';
import { formatCount, formatKm2, formatYi } from '../../ui/format-number';
import { Swatch } from '../../ui/swatch';
import { EntityResultList } from '../entities/entity-result-list';
import { isInsideWidget } from '../zone-panel/zone-panel';
import { LayerFacts } from './layer-details';
import { selectUserZone, useSelectedUserZone } from './user-zone-selection';

const LABELS = {
  enterprise: 'zoneList.enterprises',
  project: 'zoneList.projects',
  group: 'zoneList.tabs',
} as const;

/** The selected user zone's panel; a plan zone being selected takes its place. */
export function UserZonePanel() {
  const selected = useSelectedUserZone();
  const planZone = useAppStore((s) => s.selectedZone);
  const zone = useUserZones().find((z) => z.id === selected);
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !isInsideWidget(e.target)) selectUserZone(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected]);
  if (!zone || planZone) return null;
  return <UserZoneDetails zone={zone} />;
}

function UserZoneDetails({ zone }: { zone: UserZone }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const layer = useUserLayers().find((l) => l.id === zone.layerId);
  const members = useUserZoneMembers()?.get(zone.id);
  const data = useEntityData();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const headingId = `user-zone-heading-${zone.layerId}`;
  return (
    <section className="panel side-panel zone-panel" aria-labelledby={headingId}>
      <header className="zone-panel__header">
        <Swatch colour={zone.colour} pattern="fill" />
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {pick(lang, zone.name_zh, zone.name_en)}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('userZone.close')}
          onClick={() => selectUserZone(null)}
        >
          ×
        </button>
      </header>
      <span className="badge badge--user" title={t('userZone.badgeTitle')}>
        {t('userZone.badge')}
      </span>
      <p className="note">{t('userZone.planNote')}</p>
      <dl className="facts">
        <dt>{t('userZone.planTarget')}</dt>
        <dd data-testid="user-zone-plan-target">{t('userZone.noPlanTarget')}</dd>
        <dt>{t('zone.area')}</dt>
        <dd>
          {t('zone.areaValue', { value: formatKm2(zone.area_km2, lang) })}{' '}
          <span className="note">({t('userZone.areaNote')})</span>
        </dd>
        <dt>{t('zone.basis')}</dt>
        <dd>
          {layer
            ? t('userZone.sourceLine', {
                file: layer.fileName,
                crs: crsLabel(layer.crs),
                date: layer.importedAt.slice(0, 10),
              })
            : t('userZone.source', { file: zone.fileName })}
        </dd>
      </dl>
      {members && data && <Members data={data} members={members} />}
      <h3>{t('zone.provenance')}</h3>
      {layer && <LayerFacts layer={layer} />}
    </section>
  );
}

function Members({ data, members }: { data: EntityData; members: UserZoneMembers }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const matched = useMemo(
    () => ({ enterprise: members.enterprises, project: members.projects }),
    [members],
  );
  return (
    <>
      <p className="zone-counts__totals">
        <span data-testid="user-zone-enterprise-count">
          {t('entities.enterprises')}{' '}
          <strong>{formatCount(members.enterprises.length, lang)}</strong>
        </span>
        <span data-testid="user-zone-project-count">
          {t('entities.projects')} <strong>{formatCount(members.projects.length, lang)}</strong>
        </span>
        <span>
          {t('entity.investment')} <strong>{formatYi(members.investmentYi, lang)}</strong>
        </span>
      </p>
      <EntityResultList data={data} zone={null} labels={LABELS} matched={matched} />
    </>
  );
}
