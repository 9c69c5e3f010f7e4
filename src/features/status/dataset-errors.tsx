import { lazy, Suspense } from 'react';
import { useContextQuery, useDistrictQuery, useZonesQuery } from '../../data/use-datasets';
import { withMessages } from '../../i18n/lazy-messages';

// Its wording loads with it (messages/load-notices.ts, in the lazy catalog).
const Banner = lazy(() =>
  withMessages(import('./dataset-error-banner')).then((m) => ({ default: m.DatasetErrorBanner })),
);

/**
 * A banner for datasets that failed to load or validate. The rest of the app keeps working:
 * each dataset is its own query, so one failure leaves the others on the map. The banner's
 * code (validation problems in words) loads on the first failure, not with the first paint.
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
