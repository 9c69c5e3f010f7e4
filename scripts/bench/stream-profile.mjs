// Optional looks inside a streamed load (stream-bench.mjs): whose its long tasks are
// (BENCH_PROFILE=1, a CPU profile from before navigation) and what its heap holds
// (BENCH_HEAP_SUMMARY=1, a heap snapshot grouped by constructor).
import { attributeTasks, clockMark, printAttributed } from './task-attribution.mjs';

/** Records every long task as [start, duration] (ms, page clock) with the page's time origin. */
export function watchTaskList() {
  window.__taskList = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__taskList.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Opens `url`; with BENCH_PROFILE set, profiles from the moment the page commits (the start-up
 * before is not the streamed load's). The returned stop() prints the load's tasks over 100 ms,
 * attributed.
 */
export async function openProfiled(context, page, url, name) {
  if (!process.env.BENCH_PROFILE) {
    await page.goto(url);
    return async () => {};
  }
  await page.goto(url, { waitUntil: 'commit' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const mark = await clockMark(page);
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const tasks = await page.evaluate(() => window.__taskList.slice());
    printAttributed(name, attributeTasks(profile, mark, tasks));
    await cdp.detach();
  };
}

/** With BENCH_HEAP_SUMMARY set: prints the heap's heaviest groups by type and constructor. */
export async function heapSummary(context, page, name) {
  if (!process.env.BENCH_HEAP_SUMMARY) return;
  const cdp = await context.newCDPSession(page);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + iType]];
    const named = type === 'object' || type === 'native';
    // Strings by their first characters and kind: whose they are shows in what they say.
    const text = type.endsWith('string')
      ? `${snap.strings[snap.nodes[i + iName]].slice(0, 5)}…`
      : '';
    const label = named ? snap.strings[snap.nodes[i + iName]] : text;
    const key = `${type}:${label.slice(0, 60)}`;
    const g = groups.get(key) ?? { count: 0, size: 0 };
    g.count++;
    g.size += snap.nodes[i + iSize];
    groups.set(key, g);
  }
  const top = [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, 25);
  console.log(`  ${name}: heap by type:constructor (MB, count)`);
  for (const [key, g] of top)
    console.log(
      `    ${(g.size / 1e6).toFixed(1).padStart(7)} ${String(g.count).padStart(9)}  ${key}`,
    );
}
