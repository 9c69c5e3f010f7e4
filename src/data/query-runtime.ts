import { notifyManager, QueryClient, QueryObserver } from '@tanstack/react-query';

/**
 * TanStack Query's cache and observers, in a chunk of their own: it loads while the first paint
 * is drawn (see query.ts) instead of being one of the scripts the first paint waits for.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    // A failed query is fetched again only when the user asks (the banners' Retry button): with
    // TanStack's default, every component mounting on it refetched it, and an error banner that
    // mounts on the failure (and unmounts while the refetch is pending) fetched without end.
    defaultOptions: { queries: { refetchOnWindowFocus: false, retryOnMount: false } },
  });
  // What QueryClientProvider does on mount: listen to focus and online state.
  client.mount();
  return client;
}

export { notifyManager, QueryObserver };
