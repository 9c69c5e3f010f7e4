import { lazy, Suspense } from 'react';
import { withMessages } from '../../i18n/lazy-messages';
import { useBasemapStore } from '../../state/basemap-store';

const Banner = lazy(() =>
  withMessages(import('./basemap-notice-banner')).then((m) => ({
    default: m.BasemapNoticeBanner,
  })),
);

/** The basemap failure notice: its code and wording load with the first failure. */
export function BasemapNotice() {
  const failed = useBasemapStore((s) => s.failure !== null);
  if (!failed) return null;
  return (
    <Suspense fallback={null}>
      <Banner />
    </Suspense>
  );
}
