import { type CSSProperties, useCallback, useId, useMemo, useState } from 'react';
import {
  type ComparedZoneLabels,
  useComparedZoneLabels,
  useUserZoneRows,
} from '../../data/use-compared-zones';
import { useStats } from '../../data/use-stats';
import type { UserZoneId } from '../../domain/user-zone';
import type { Stats } from '../../geo/stats';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { ZONE_COLOURS } from '../../ui/palette';
import { AreaCharts } from './area-charts';
import { AreaTable } from './area-table';
import { DataCaveat } from './data-caveat';
import { KeyFigures } from './key-figures';
import { type AreaColumn, areaTableSections, type StatsArea, statsAreas } from './stats-rows';
import './stats.css';

/** The area's display name; zones fall back to their id if the zone file failed to load. */
function useAreaName(labels: ComparedZoneLabels): (area: StatsArea) => string {
  const t = useT();
  return useCallback(
    (area) => (area === 'total' ? t('stats.total') : (labels.names[area] ?? area)),
    [t, labels],
  );
}

/** The bar colour: the accent for the total, the zone's own colour otherwise. */
function areaColour(column: AreaColumn, labels: ComparedZoneLabels): string {
  if (column.area === 'total') return 'var(--accent)';
  if (column.userProvided) {
    return labels.userZones.get(column.area as UserZoneId)?.colour ?? 'var(--accent)';
  }
  return ZONE_COLOURS[column.area as keyof typeof ZONE_COLOURS];
}

/**
 * Statistics of the current filter result, in total and per zone (the plan's and those users
 * added), laid out for a narrow sidebar: one area at a time (chosen in a select), and every
 * area side by side in a table under a disclosure.
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
  const labels = useComparedZoneLabels();
  const userRows = useUserZoneRows();
  const areas = useMemo(() => statsAreas(stats, userRows ?? []), [stats, userRows]);
  const areaName = useAreaName(labels);
  // A user zone removed while chosen: back to the total rather than a stale area.
  const current = areas.find((a) => a.area === area) ?? (areas[0] as AreaColumn);
  const style = { '--stats-bar': areaColour(current, labels) } as CSSProperties;
  return (
    <div className="stats__body" style={style}>
      <DataCaveat />
      <p className="note">{t('stats.filterNote')}</p>
      <AreaSelect areas={areas} area={current.area} onChange={setArea} areaName={areaName} />
      {current.userProvided && (
        <p className="note" data-testid="stats-user-zone-note">
          {t('userZoneStats.areaNote', {
            name: areaName(current.area),
            file: labels.files.get(current.area as UserZoneId) ?? '',
          })}
        </p>
      )}
      <KeyFigures group={current.group} lang={lang} />
      <p className="note">{t('stats.overlapNote')}</p>
      <AreaCharts group={current.group} areaName={areaName(current.area)} lang={lang} />
      <details className="stats__all">
        <summary>{t('stats.showTable')}</summary>
        <p className="note">{t('stats.overlapNote')}</p>
        <AreaTable
          areas={areas}
          sections={areaTableSections(areas, lang)}
          areaName={areaName}
          lang={lang}
        />
      </details>
    </div>
  );
}

interface AreaSelectProps {
  areas: readonly AreaColumn[];
  area: StatsArea;
  onChange: (area: StatsArea) => void;
  areaName: (area: StatsArea) => string;
}

function AreaSelect({ areas, area, onChange, areaName }: AreaSelectProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="stats__area">
      <label htmlFor={id}>{t('stats.area')}</label>
      <select
        id={id}
        value={area}
        onChange={(e) => {
          const chosen = areas.find((a) => a.area === e.target.value);
          if (chosen) onChange(chosen.area);
        }}
      >
        {areas.map((a) => (
          <option key={a.area} value={a.area}>
            {a.userProvided
              ? t('userZoneStats.option', { name: areaName(a.area) })
              : areaName(a.area)}
          </option>
        ))}
      </select>
    </div>
  );
}
