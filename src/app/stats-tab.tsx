import { PictureExport } from '../features/map-picture/picture-export';
import { PlanTargetsCard } from '../features/stats/plan-targets-card';
import { StatsPanel } from '../features/stats/stats-panel';

/** The statistics tab: figures, plan targets and the map as a picture (one lazily loaded chunk). */
export function StatsTab() {
  return (
    <>
      <StatsPanel />
      <PlanTargetsCard />
      <PictureExport />
    </>
  );
}
