import { notifyManager, QueryClient, QueryObserver } from '@tanstack/react-query';

/**
 * TanStack Query's cache and observers, in a chunk of their own: it loads while the first paint
 * is drawn (see query.ts) instead of being one of the scripts the first paint waits for.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
  // What QueryClientProvider does on mount: listen to focus and online state.
  client.mount();
  return client;
}

export { notifyManager, QueryObserver };
