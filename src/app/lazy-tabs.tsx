import { lazy, Suspense } from 'react';
import { withMessages } from '../i18n/lazy-messages';

/*
 * Sidebar tabs other than the layers tab, and the side panels, are not needed for first paint:
 * each loads as its own chunk when first shown (then stays loaded), keeping first-paint JS small,
 * together with the lazy features' messages.
 */
const Filters = lazy(() =>
  withMessages(import('../features/filters/filter-panel')).then((m) => ({
    default: m.FilterPanel,
  })),
);
const Stats = lazy(() =>
  withMessages(import('./stats-tab')).then((m) => ({ default: m.StatsTab })),
);
const Quality = lazy(() =>
  withMessages(import('../features/data-quality/data-quality-panel')).then((m) => ({
    default: m.DataQualityPanel,
  })),
);

const Analysis = lazy(() =>
  withMessages(import('../features/analysis/analysis-panel')).then((m) => ({
    default: m.AnalysisPanel,
  })),
);

const Panels = lazy(() =>
  withMessages(import('./side-panels')).then((m) => ({ default: m.SidePanels })),
);

/** The zone and record panels (and their virtual lists) load when first needed. */
export function SidePanelsLazy() {
  return (
    <Suspense fallback={null}>
      <Panels />
    </Suspense>
  );
}

export function FiltersTab() {
  return (
    <Suspense fallback={null}>
      <Filters />
    </Suspense>
  );
}

export function StatsTabLazy() {
  return (
    <Suspense fallback={null}>
      <Stats />
    </Suspense>
  );
}

export function QualityTab() {
  return (
    <Suspense fallback={null}>
      <Quality />
    </Suspense>
  );
}

export function AnalysisTab() {
  return (
    <Suspense fallback={null}>
      <Analysis />
    </Suspense>
  );
}
