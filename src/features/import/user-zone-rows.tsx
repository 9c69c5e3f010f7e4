import { useUserZones } from '../../data/import/use-user-zones';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import './import.css';
import { Swatch } from '../../ui/swatch';
import { selectUserZone, useSelectedUserZone } from './user-zone-selection';

/** Zones users added from polygon files, after the plan's zones: named, sourced, openable. */
export function UserZoneRows() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const zones = useUserZones();
  const selected = useSelectedUserZone();
  if (zones.length === 0) return null;
  return (
    <>
      <h3 className="user-zones__title">{t('userZone.listTitle')}</h3>
      <ul className="zone-list user-zones">
        {zones.map((z) => {
          const name = pick(lang, z.name_zh, z.name_en);
          return (
            <li key={z.id} className={`zone-row${selected === z.id ? ' is-selected' : ''}`}>
              <Swatch colour={z.colour} pattern="fill" />
              <button
                type="button"
                className="zone-row__name"
                aria-pressed={selected === z.id}
                title={t('layers.openZone', { name })}
                onClick={() => selectUserZone(z.id)}
              >
                {name}
              </button>
              <span className="badge badge--user" title={t('userZone.badgeTitle')}>
                {t('userZone.badge')}
              </span>
              <span className="note user-zones__source">
                {t('userZone.source', { file: z.fileName })}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
