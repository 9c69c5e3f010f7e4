import { lazy, Suspense } from 'react';
import { useContextQuery, useDistrictQuery, useZonesQuery } from '../../data/use-datasets';

// Spelling out validation problems takes a module of messages no working page needs.
const Banner = lazy(() =>
  import('./dataset-error-banner').then((m) => ({ default: m.DatasetErrorBanner })),
);

/**
 * A banner for datasets that failed to load or validate. The rest of the app keeps working:
 * each dataset is its own query, so one failure leaves the others on the map.
 */
export function DatasetErrors() {
  const district = useDistrictQuery();
  const context = useContextQuery();
  const zones = useZonesQuery();
  if (!district.isError && !context.isError && !zones.isError) return null;
  return (
    <Suspense fallback={null}>
      <Banner />
    </Suspense>
  );
}
