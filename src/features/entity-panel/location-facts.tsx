import { useZoneList } from '../../data/use-datasets';
import type { Enterprise, LinkStatus, Project } from '../../domain/entity';
import { ZONE_IDS } from '../../domain/zone';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

interface Props {
  record: Enterprise | Project;
  /** Zone bits from the linking (bit i = ZONE_IDS[i]). */
  mask: number;
  status: LinkStatus;
}

/** Where the record lies, how that compares with its registration, and where the data is from. */
export function LocationFacts({ record, mask, status }: Props) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selectZone = useAppStore((s) => s.selectZone);
  const zones = useZoneList();
  const zoneName = (id: string) => {
    const z = zones.find((f) => f.properties.zone_id === id);
    return z ? pick(lang, z.properties.name_zh, z.properties.name_en) : id;
  };
  const inZones = ZONE_IDS.filter((_, i) => mask & (1 << i));
  const note = lang === 'en' ? record.note_en : record.note_zh;
  return (
    <>
      <h3>{t('entity.zones')}</h3>
      {inZones.length === 0 ? (
        <p>{t('entity.noZone')}</p>
      ) : (
        <ul className="link-list">
          {inZones.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => selectZone(id)}>
                {zoneName(id)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <dl className="facts">
        <dt>{t('entity.declaredZone')}</dt>
        <dd>{record.declared_zone ? zoneName(record.declared_zone) : t('entity.none')}</dd>
        <dt>{t('entity.linkStatus')}</dt>
        <dd className={`link-status link-status--${status}`}>{t(`link.${status}`)}</dd>
        <dt>{t('entity.accuracy')}</dt>
        <dd>{t(`accuracy.${record.accuracy}`)}</dd>
        <dt>{t('entity.source')}</dt>
        <dd>{record.source}</dd>
        {note && (
          <>
            <dt>{t('entity.note')}</dt>
            <dd>{note}</dd>
          </>
        )}
      </dl>
      <p className="note">{t(record.synthetic ? 'entity.syntheticNote' : 'entity.realNote')}</p>
    </>
  );
}
