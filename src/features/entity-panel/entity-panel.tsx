import { useEffect, useRef } from 'react';
import { entityDisplayName } from '../../data/entity-name';
import { useEntityData } from '../../data/use-entities';
import { LINK_STATUSES } from '../../domain/entity';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { NearbySection } from '../analysis/nearby-section';
import { isInsideWidget } from '../zone-panel/zone-panel';
import { AroundRecord } from './around-record';
import { EnterpriseFacts } from './enterprise-facts';
import { LocationFacts } from './location-facts';
import { ProjectFacts } from './project-facts';

/** The selected enterprise or project: every attribute, its zones, links and provenance. */
export function EntityPanel() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const ref = useAppStore((s) => s.selectedEntity);
  const selectEntity = useAppStore((s) => s.selectEntity);
  const zoneOpen = useAppStore((s) => s.selectedZone !== null);
  const data = useEntityData();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to each newly opened record
  useEffect(() => headingRef.current?.focus(), [ref]);
  useEffect(() => {
    if (!ref) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !isInsideWidget(e.target)) {
        e.stopImmediatePropagation();
        selectEntity(null);
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [ref, selectEntity]);
  if (!ref || !data) return null;
  const record = ref.kind === 'enterprise' ? data.enterprises[ref.index] : data.projects[ref.index];
  if (!record) return null;
  const statusCodes =
    ref.kind === 'enterprise' ? data.link.enterpriseStatus : data.link.projectStatus;
  const masks = ref.kind === 'enterprise' ? data.link.enterpriseMasks : data.link.projectMasks;
  const headingId = `entity-heading-${ref.kind}-${ref.index}`;
  return (
    <section className="panel side-panel entity-panel" aria-labelledby={headingId}>
      <header className="side-panel__header">
        <span className={`entity-kind entity-kind--${ref.kind}`}>
          {record.kind === 'enterprise'
            ? t(`orgKind.${record.org_kind}`)
            : t(`entity.kind.${ref.kind}`)}
        </span>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {entityDisplayName(data, ref, lang)}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('entity.close')}
          onClick={() => selectEntity(null)}
        >
          ×
        </button>
      </header>
      {record.synthetic && (
        <span className="badge badge--synthetic">{t('entities.synthetic')}</span>
      )}
      {lang === 'en' && record.name_en && (
        <p className="note" lang="zh-CN">
          {record.name_zh}
        </p>
      )}
      {record.kind === 'enterprise' ? (
        <EnterpriseFacts enterprise={record} data={data} />
      ) : (
        <ProjectFacts project={record} data={data} />
      )}
      <AroundRecord center={record.coordinates} />
      <LocationFacts
        record={record}
        mask={masks[ref.index] ?? 0}
        status={LINK_STATUSES[statusCodes[ref.index] ?? 3] ?? 'outside-all'}
      />
      <NearbySection at={record.coordinates} self={ref.kind === 'enterprise' ? ref.index : null} />
      {zoneOpen && (
        <button type="button" className="link-button" onClick={() => selectEntity(null)}>
          ← {t('entity.back')}
        </button>
      )}
    </section>
  );
}
