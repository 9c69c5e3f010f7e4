import type {
  DefaultError,
  QueryClient,
  QueryKey,
  QueryObserver,
  QueryObserverResult,
  UseQueryOptions,
} from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

type Runtime = typeof import('./query-runtime');
interface Loaded {
  runtime: Runtime;
  client: QueryClient;
}

let loaded: Loaded | null = null;
let loading: Promise<Loaded> | null = null;
const waiting = new Set<() => void>();

/**
 * Starts loading TanStack Query (query-runtime.ts) once; the first `useQuery` calls it during
 * the first render, so the library arrives beside MapLibre's start-up, not before first paint.
 */
export function loadQueryClient(): Promise<Loaded> {
  loading ??= import('./query-runtime').then((runtime) => {
    loaded = { runtime, client: runtime.createQueryClient() };
    for (const fn of waiting) fn();
    waiting.clear();
    return loaded;
  });
  return loading;
}

/** The query client, once loaded (for writes such as setQueryData after an import). */
export async function queryClient(): Promise<QueryClient> {
  return (await loadQueryClient()).client;
}

function subscribeLoaded(fn: () => void): () => void {
  waiting.add(fn);
  void loadQueryClient();
  return () => waiting.delete(fn);
}
const getLoaded = () => loaded;

/** What the hooks' callers read; the same fields as TanStack's result. */
export type QueryResult<TData, TError = DefaultError> = Pick<
  QueryObserverResult<TData, TError>,
  'data' | 'error' | 'isPending' | 'isError' | 'isSuccess' | 'refetch'
>;

/** Until the library has loaded every query is pending, as it would be before its first fetch. */
const PENDING: QueryResult<never, never> = {
  data: undefined,
  error: null,
  isPending: true,
  isError: false,
  isSuccess: false,
  refetch: async () => {
    throw new Error('query client not loaded');
  },
};

/**
 * TanStack's useQuery (as in @tanstack/react-query's useBaseQuery: an observer per component,
 * subscribed through useSyncExternalStore, options applied after render), on a client that
 * loads after first paint. Not supported here: suspense, throwOnError, tracked props.
 */
export function useQuery<
  TQueryFnData = unknown,
  TError = DefaultError,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
>(options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>): QueryResult<TData, TError> {
  const ready = useSyncExternalStore(subscribeLoaded, getLoaded);
  const [cell] = useState<{
    observer: QueryObserver<TQueryFnData, TError, TData, TQueryFnData, TQueryKey> | null;
  }>(() => ({ observer: null }));
  const defaulted = ready ? ready.client.defaultQueryOptions(options) : null;
  if (ready && defaulted) {
    defaulted._optimisticResults = 'optimistic';
    cell.observer ??= new ready.runtime.QueryObserver(ready.client, defaulted);
  }
  const observer = cell.observer;
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!observer || !ready) return () => {};
      const unsubscribe = observer.subscribe(ready.runtime.notifyManager.batchCalls(onChange));
      observer.updateResult();
      return unsubscribe;
    },
    [observer, ready],
  );
  useSyncExternalStore(subscribe, () => observer?.getCurrentResult() ?? PENDING);
  useEffect(() => {
    if (observer && defaulted) observer.setOptions(defaulted);
  }, [observer, defaulted]);
  return observer && defaulted ? observer.getOptimisticResult(defaulted) : PENDING;
}
