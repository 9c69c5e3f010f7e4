import { useUserZoneCounts } from '../../data/import/use-user-zone-counts';
import { useUserZones } from '../../data/import/use-user-zones';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount } from '../../ui/format-number';
import { Swatch } from '../../ui/swatch';

/**
 * The zones users added, as more rows of the zone group: ticking one ORs it with the plan
 * zones ticked (FilterSpec.userZones). Each row says how many records it would match.
 */
export function UserZoneChecks() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const chosen = useAppStore((s) => s.filter.userZones);
  const zones = useUserZones();
  const counts = useUserZoneCounts();
  if (zones.length === 0) return null;
  return zones.map((z) => {
    const name = pick(lang, z.name_zh, z.name_en);
    const c = counts?.get(z.id);
    const label = c
      ? t('userZoneFilter.label', {
          name,
          enterprises: formatCount(c.enterprises, lang),
          projects: formatCount(c.projects, lang),
        })
      : t('userZoneFilter.linking', { name });
    return (
      <label key={z.id} className="check-row" data-testid="user-zone-check">
        <input
          type="checkbox"
          checked={chosen.includes(z.id)}
          onChange={() => useAppStore.getState().toggleFilterValue('userZones', z.id)}
        />
        <Swatch colour={z.colour} pattern="fill" />
        {label}
      </label>
    );
  });
}
