import { useZoneList } from '../../data/use-datasets';
import { INDUSTRIES } from '../../domain/entity';
import { industryLabel } from '../../i18n/enum-labels';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { INDUSTRY_COLOURS, ZONE_COLOURS } from '../../ui/palette';

/** The legend of what the scene shows, sized with the viewport like the map's own symbols. */
export function BriefingLegend() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const zoneVisible = useAppStore((s) => s.zoneVisible);
  const showEnterprises = useAppStore((s) => s.entityVisible.enterprises);
  const industries = useAppStore((s) => s.filter.industries);
  const zones = useZoneList().filter((z) => zoneVisible[z.properties.zone_id]);
  const shown = INDUSTRIES.map((ind, i) => ({ ind, colour: INDUSTRY_COLOURS[i] ?? '#777' })).filter(
    ({ ind }) => industries.length === 0 || industries.includes(ind),
  );
  return (
    <aside className="briefing__legend" aria-label={t('briefing.legend')}>
      <ul>
        {zones.map((z) => (
          <li key={z.properties.zone_id}>
            <span
              className="briefing__swatch"
              data-kind={z.properties.kind}
              style={{ borderColor: ZONE_COLOURS[z.properties.zone_id] }}
            />
            {pick(lang, z.properties.name_zh, z.properties.name_en)}
            {z.properties.schematic ? ` (${t('briefing.schematic')})` : ''}
          </li>
        ))}
      </ul>
      {showEnterprises && (
        <ul className="briefing__legend-dots">
          {shown.map(({ ind, colour }) => (
            <li key={ind}>
              <span className="briefing__dot-swatch" style={{ background: colour }} />
              {industryLabel(ind, lang)}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
