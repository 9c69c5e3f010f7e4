/** What the page tells about its first contentful paint (the browser's Paint Timing API). */
export interface PaintSignals {
  /** The first contentful paint has been presented already. */
  painted(): boolean;
  /** Calls `listener` once it is; returns the unsubscribe. Null when it cannot be observed. */
  onPaint(listener: () => void): (() => void) | null;
}

const FCP = 'first-contentful-paint';

export const browserPaintSignals: PaintSignals = {
  painted: () => performance.getEntriesByName(FCP).length > 0,
  onPaint: (listener) => {
    if (typeof PerformanceObserver === 'undefined') return null;
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return null;
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(FCP).length > 0) listener();
    });
    observer.observe({ type: 'paint', buffered: true });
    return () => observer.disconnect();
  },
};

/**
 * Runs `run` once the page's first contentful paint has been presented, or after `maxMs` if it
 * has not been by then (a tab opened in the background paints nothing), at once where paints
 * cannot be observed; at most once. Returns the cancel.
 *
 * Why (issue 11): MapLibre sets up its WebGL context in one main-thread task of synchronous
 * calls to the GPU process. Made with the first render, that task waited behind the GPU
 * process's own start (the compositor's context, the first paint's rasterising), 300–700 ms
 * under SwiftShader where the bare MapLibre page, which makes its map once its files are in,
 * takes 170; the page showed nothing meanwhile. After the first paint it takes 100–200 ms.
 */
export function afterFirstPaint(
  run: () => void,
  maxMs = 1500,
  signals: PaintSignals = browserPaintSignals,
): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | null = null;
  const cancel = () => {
    done = true;
    clearTimeout(timer);
    unsubscribe?.();
  };
  const once = () => {
    if (done) return;
    cancel();
    run();
  };
  if (signals.painted()) {
    once();
    return cancel;
  }
  unsubscribe = signals.onPaint(once);
  // A listener called before onPaint returned has run already: only unsubscribe then.
  if (done) unsubscribe?.();
  else if (unsubscribe === null) once();
  else timer = setTimeout(once, maxMs);
  return cancel;
}
