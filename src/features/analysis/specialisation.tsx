import { useId } from 'react';
import { joinList, zoneNamesOf } from '../../data/export/labels';
import { useLocationQuotients } from '../../data/use-analysis';
import { useZoneList } from '../../data/use-datasets';
import { INDUSTRIES } from '../../domain/entity';
import { planIndustries } from '../../domain/plan-industries';
import { ZONE_IDS } from '../../domain/zone';
import type { LqCell } from '../../geo/location-quotient';
import { industryLabel } from '../../i18n/enum-labels';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatDecimal } from '../../ui/format-number';

function LqText({ cell }: { cell: LqCell | undefined }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  if (!cell) return null;
  if (cell.value === null) {
    const reason = t(cell.reason === 'empty' ? 'an.lq.empty' : 'an.lq.small');
    return (
      <span title={reason}>
        <span aria-hidden="true">—</span>
        <span className="stats-sr-only">{reason}</span>
      </span>
    );
  }
  return (
    <span className={cell.value > 1 ? 'analysis-lq--high' : undefined}>
      {formatDecimal(cell.value, lang, 2)}
    </span>
  );
}

/** Location quotients per zone × industry, with the plan's industries of each zone marked. */
export function Specialisation() {
  const t = useT();
  const headingId = useId();
  const lang = useAppStore((s) => s.lang);
  const lq = useLocationQuotients();
  const zones = useZoneList();
  const names = zoneNamesOf(zones, lang);
  if (!lq) return null;
  return (
    <section className="analysis__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('an.lq.heading')}</h3>
      <p className="analysis__explain">{t('an.lq.explain')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable. */}
      <section className="analysis-scroll" aria-label={t('an.lq.caption')} tabIndex={0}>
        <table className="analysis-table analysis-table--compact" data-testid="location-quotients">
          <caption>{t('an.lq.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('an.lq.industry')}</th>
              {zones.map((z) => (
                <th key={z.properties.zone_id} scope="col">
                  {names[z.properties.zone_id]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {INDUSTRIES.map((ind, i) => (
              <tr key={ind}>
                <th scope="row">{industryLabel(ind, lang)}</th>
                {zones.map((z) => {
                  const id = z.properties.zone_id;
                  const planned = planIndustries(z.properties.industries_zh).has(ind);
                  return (
                    <td key={id} className={planned ? 'analysis-lq--planned' : undefined}>
                      {planned && (
                        <span title={t('an.lq.planned')}>
                          <span aria-hidden="true">★ </span>
                          <span className="stats-sr-only">{t('an.lq.planned')}: </span>
                        </span>
                      )}
                      <LqText cell={lq[ZONE_IDS.indexOf(id)]?.[i]} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="note">{t('an.lq.legend')}</p>
      <ul className="analysis__plan-list">
        {zones.map((z) => (
          <li key={z.properties.zone_id}>
            {t('an.lq.planText', {
              zone: names[z.properties.zone_id],
              industries: joinList(
                pick(lang, z.properties.industries_zh, z.properties.industries_en),
                lang,
              ),
            })}
          </li>
        ))}
      </ul>
      <p className="note">{t('an.lq.filterNote')}</p>
    </section>
  );
}
