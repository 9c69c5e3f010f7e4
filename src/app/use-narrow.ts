import { useSyncExternalStore } from 'react';

/** Phones and portrait tablets: below this width the sidebar and panels become a bottom sheet. */
export const NARROW_QUERY = '(max-width: 900px)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(NARROW_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** True while the viewport is phone or portrait-tablet sized; follows rotation and resizes. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
