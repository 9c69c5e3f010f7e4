import { useAppStore } from './store';

/**
 * Runs `task` once, in the browser's next idle period after the map first reports idle: for
 * work the first view does not need, which would otherwise share the CPU with its load
 * (requestIdleCallback alone fires in the gaps while the map waits for the GPU, long before
 * the map is done). Returns a cancel function.
 */
export function afterMapIdle(task: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  const start = (mapState: string) => {
    if (mapState !== 'idle' || started) return;
    started = true;
    if (typeof window !== 'undefined' && window.requestIdleCallback)
      idle = window.requestIdleCallback(task, { timeout: 3000 });
    else timer = setTimeout(task, 0);
  };
  const off = useAppStore.subscribe((s) => start(s.mapState));
  start(useAppStore.getState().mapState);
  return () => {
    off();
    if (idle !== undefined) window.cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
