import { ExportButtons } from '../features/export/export-buttons';
import { PlanTargetsCard } from '../features/stats/plan-targets-card';
import { StatsPanel } from '../features/stats/stats-panel';

/** The statistics tab: figures, plan targets and exports (one lazily loaded chunk). */
export function StatsTab() {
  return (
    <>
      <StatsPanel />
      <PlanTargetsCard />
      <ExportButtons />
    </>
  );
}
