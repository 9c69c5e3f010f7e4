import { useUserZoneMembers, useUserZones } from '../../data/import/use-user-zones';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import './import.css';
import { formatCount, formatYi } from '../../ui/format-number';

/** Counts of the current filter inside each zone users added (none: nothing shown). */
export function UserZoneStats() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const zones = useUserZones();
  const members = useUserZoneMembers();
  if (zones.length === 0 || !members) return null;
  return (
    <table className="user-zone-stats" data-testid="user-zone-stats">
      <caption>{t('userZone.statsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('userZone.col.zone')}</th>
          <th scope="col">{t('userZone.col.enterprises')}</th>
          <th scope="col">{t('userZone.col.projects')}</th>
          <th scope="col">{t('userZone.col.investment')}</th>
          <th scope="col">{t('userZone.col.target')}</th>
        </tr>
      </thead>
      <tbody>
        {zones.map((z) => {
          const m = members.get(z.id);
          return (
            <tr key={z.id}>
              <th scope="row">
                {pick(lang, z.name_zh, z.name_en)}{' '}
                <span className="badge badge--user">{t('userZone.badge')}</span>
              </th>
              <td>{m ? formatCount(m.enterprises.length, lang) : '…'}</td>
              <td>{m ? formatCount(m.projects.length, lang) : '…'}</td>
              <td>{m ? formatYi(m.investmentYi, lang) : '…'}</td>
              <td className="note">{t('userZone.noTarget')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
