import { lazy, Suspense } from 'react';
import { refusedLinks, useEntitiesQuery } from '../../data/use-entities';
import { withMessages } from '../../i18n/lazy-messages';

// Its wording loads with it (messages/load-notices.ts, in the lazy catalog).
const Banner = lazy(() =>
  withMessages(import('./entity-notice-banner')).then((m) => ({ default: m.EntityNoticeBanner })),
);

/**
 * What went wrong loading enterprises and projects: a file that could not be used at all (the
 * rest of the app keeps working) and how many records were skipped, with a way to see why.
 * The notices' code loads when there is something to say, not with the first paint.
 */
export function EntityNotices() {
  const query = useEntitiesQuery();
  const data = query.data;
  const failed = data !== undefined && (data.failed.enterprises ?? data.failed.projects) !== null;
  const any =
    failed || refusedLinks().length > 0 || query.isError || (data?.skipped.length ?? 0) > 0;
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <Banner />
    </Suspense>
  );
}
