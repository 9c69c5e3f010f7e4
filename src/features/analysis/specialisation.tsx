import { useId } from 'react';
import { joinList, zoneNamesOf } from '../../data/export/labels';
import { useLocationQuotients } from '../../data/use-analysis';
import { useZoneList } from '../../data/use-datasets';
import { INDUSTRIES } from '../../domain/entity';
import { planIndustries } from '../../domain/plan-industries';
import type { UserZone } from '../../domain/user-zone';
import { ZONE_IDS } from '../../domain/zone';
import type { LqCell } from '../../geo/location-quotient';
import { industryLabel } from '../../i18n/enum-labels';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatDecimal } from '../../ui/format-number';
import { UserZoneBadge } from '../stats/user-zone-badge';

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

interface LqColumn {
  key: string;
  name: string;
  /** Row index in the quotients: ZONE_IDS' slots, then the user zones'. */
  slot: number;
  planned: ReadonlySet<string>;
  userProvided: boolean;
}

/** The plan zones in the zones dataset's order, then the user zones (no plan industries). */
function useColumns(userZones: readonly UserZone[]): LqColumn[] {
  const lang = useAppStore((s) => s.lang);
  const zones = useZoneList();
  const names = zoneNamesOf(zones, lang);
  return [
    ...zones.map((z) => ({
      key: z.properties.zone_id,
      name: names[z.properties.zone_id],
      slot: ZONE_IDS.indexOf(z.properties.zone_id),
      planned: planIndustries(z.properties.industries_zh),
      userProvided: false,
    })),
    ...userZones.map((z, k) => ({
      key: z.id,
      name: pick(lang, z.name_zh, z.name_en),
      slot: ZONE_IDS.length + k,
      planned: new Set<string>(),
      userProvided: true,
    })),
  ];
}

function Planned() {
  const t = useT();
  return (
    <span title={t('an.lq.planned')}>
      <span aria-hidden="true">★ </span>
      <span className="stats-sr-only">{t('an.lq.planned')}: </span>
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
  const columns = useColumns(lq?.userZones ?? []);
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
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.name}
                  {c.userProvided && <UserZoneBadge />}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {INDUSTRIES.map((ind, i) => (
              <tr key={ind}>
                <th scope="row">{industryLabel(ind, lang)}</th>
                {columns.map((c) => (
                  <td
                    key={c.key}
                    className={c.planned.has(ind) ? 'analysis-lq--planned' : undefined}
                  >
                    {c.planned.has(ind) && <Planned />}
                    <LqText cell={lq.cells[c.slot]?.[i]} />
                  </td>
                ))}
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
        {columns
          .filter((c) => c.userProvided)
          .map((c) => (
            <li key={c.key}>{t('userZoneStats.lqNoPlan', { zone: c.name })}</li>
          ))}
      </ul>
      <p className="note">{t('an.lq.filterNote')}</p>
    </section>
  );
}
