import { lazy, Suspense } from 'react';

/*
 * Sidebar tabs other than the layers tab are not needed for first paint: each loads as its own
 * chunk when first opened (then stays loaded), which keeps first-paint JS within budget.
 */
const Filters = lazy(() =>
  import('../features/filters/filter-panel').then((m) => ({ default: m.FilterPanel })),
);
const Stats = lazy(() => import('./stats-tab').then((m) => ({ default: m.StatsTab })));
const Quality = lazy(() =>
  import('../features/data-quality/data-quality-panel').then((m) => ({
    default: m.DataQualityPanel,
  })),
);

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
