import { type CSSProperties, useCallback, useId, useState } from 'react';
import { useZoneList } from '../../data/use-datasets';
import { useStats } from '../../data/use-filter-result';
import type { Stats } from '../../geo/stats';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { ZONE_COLOURS } from '../../ui/palette';
import { UserZoneStats } from '../import/user-zone-stats';
import { AreaCharts } from './area-charts';
import { AreaTable } from './area-table';
import { DataCaveat } from './data-caveat';
import { KeyFigures } from './key-figures';
import { areaTableSections, groupOf, isStatsArea, STATS_AREAS, type StatsArea } from './stats-rows';
import './stats.css';

/** The area's display name; zones fall back to their id if the zone file failed to load. */
function useAreaName(): (area: StatsArea) => string {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const zones = useZoneList();
  return useCallback(
    (area) => {
      if (area === 'total') return t('stats.total');
      const p = zones.find((z) => z.properties.zone_id === area)?.properties;
      return p ? pick(lang, p.name_zh, p.name_en) : area;
    },
    [t, lang, zones],
  );
}

/**
 * Statistics of the current filter result, in total and per zone, laid out for a narrow
 * sidebar: one area at a time (chosen in a select), and every area side by side in a table
 * under a disclosure.
 */
export function StatsPanel() {
  const t = useT();
  const headingId = useId();
  const stats = useStats();
  return (
    <section className="panel stats" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('stats.heading')}</h2>
      {stats ? <StatsBody stats={stats} /> : <p className="note">{t('stats.loading')}</p>}
    </section>
  );
}

function StatsBody({ stats }: { stats: Stats }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [area, setArea] = useState<StatsArea>('total');
  const areaName = useAreaName();
  const colour = area === 'total' ? 'var(--accent)' : ZONE_COLOURS[area];
  return (
    <div className="stats__body" style={{ '--stats-bar': colour } as CSSProperties}>
      <DataCaveat />
      <p className="note">{t('stats.filterNote')}</p>
      <AreaSelect area={area} onChange={setArea} areaName={areaName} />
      <KeyFigures group={groupOf(stats, area)} lang={lang} />
      <p className="note">{t('stats.overlapNote')}</p>
      <AreaCharts group={groupOf(stats, area)} areaName={areaName(area)} lang={lang} />
      <details className="stats__all">
        <summary>{t('stats.showTable')}</summary>
        <p className="note">{t('stats.overlapNote')}</p>
        <AreaTable sections={areaTableSections(stats, lang)} areaName={areaName} lang={lang} />
      </details>
      <UserZoneStats />
    </div>
  );
}

interface AreaSelectProps {
  area: StatsArea;
  onChange: (area: StatsArea) => void;
  areaName: (area: StatsArea) => string;
}

function AreaSelect({ area, onChange, areaName }: AreaSelectProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="stats__area">
      <label htmlFor={id}>{t('stats.area')}</label>
      <select
        id={id}
        value={area}
        onChange={(e) => {
          if (isStatsArea(e.target.value)) onChange(e.target.value);
        }}
      >
        {STATS_AREAS.map((a) => (
          <option key={a} value={a}>
            {areaName(a)}
          </option>
        ))}
      </select>
    </div>
  );
}
