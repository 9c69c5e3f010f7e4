// Whose is each long main-thread task? (import-browser-bench.mjs with BENCH_PROFILE=1.) The
// long-task observer gives start and duration on the page's clock; the CPU profile gives
// samples on the profiler's clock. A named busy loop run right after the profiler starts ties
// the two clocks together; then every sample inside a task is charged to the script its stack
// runs in: MapLibre's bundle ("map"), any other script of the app ("ours"; native functions
// such as IndexedDB's put or the structured clone of a message count for the script that
// called them), or none (garbage collection, the browser's own work: "other").

const MARK = '__benchClockMark';

/** Runs the marker loop in the page; returns its start on the page's clock (ms). */
export function clockMark(page) {
  return page.evaluate(() => {
    const start = performance.now();
    // The name is MARK's: V8 reports a declared function by its own name.
    function __benchClockMark() {
      let x = 0;
      // Long enough that a starved sampler on a loaded machine still catches it.
      while (performance.now() - start < 60) x++;
      return x;
    }
    __benchClockMark();
    return start;
  });
}

function ownerOf(url) {
  if (!url) return null;
  return /maplibre/i.test(url.split('/').pop() ?? '') ? 'map' : 'ours';
}

/** Per profile node: its owner (walking up to the first frame with a script) and its label. */
function nodeOwners(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owners = new Map();
  const ownerFor = (id) => {
    if (owners.has(id)) return owners.get(id);
    const node = byId.get(id);
    const own = ownerOf(node.callFrame.url);
    const p = parent.get(id);
    const value = own ?? (p === undefined ? 'other' : ownerFor(p));
    owners.set(id, value);
    return value;
  };
  const hasMark = new Map();
  const marked = (id) => {
    if (hasMark.has(id)) return hasMark.get(id);
    const p = parent.get(id);
    const value = byId.get(id).callFrame.functionName === MARK || (p !== undefined && marked(p));
    hasMark.set(id, value);
    return value;
  };
  return { byId, ownerFor, marked };
}

const label = (node) => {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
};

/**
 * The tasks over `minMs`, each with the milliseconds of samples charged to ours / map / other,
 * its owner (whichever of ours and map ran longer in it) and its three heaviest functions.
 * Returns null when the marker was not found in the profile (the clocks cannot be tied).
 */
export function attributeTasks(profile, markStart, tasks, minMs = 100) {
  const { byId, ownerFor, marked } = nodeOwners(profile);
  const times = [];
  let t = profile.startTime;
  profile.samples.forEach((_, i) => {
    t += profile.timeDeltas[i] ?? 0;
    times.push(t);
  });
  const first = profile.samples.findIndex((id) => marked(id));
  if (first < 0) return null;
  const toProfile = (pageMs) => (pageMs - markStart) * 1000 + (times[first] ?? 0);
  return tasks
    .filter(([, duration]) => duration > minMs)
    .map(([start, duration]) => {
      const from = toProfile(start);
      const to = toProfile(start + duration);
      const ms = { ours: 0, map: 0, other: 0 };
      const self = new Map();
      profile.samples.forEach((id, i) => {
        if (times[i] < from || times[i] > to) return;
        // A sample stands for the time until the next one, within the task.
        const dt = (Math.min(times[i + 1] ?? times[i], to) - times[i]) / 1000;
        ms[ownerFor(id)] += dt;
        const key = label(byId.get(id));
        self.set(key, (self.get(key) ?? 0) + dt);
      });
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 3);
      // Whichever ran longest in it; "other" is garbage collection, layout, the browser's and
      // the harness's own work (a GC task still follows someone's allocations: see `top`).
      const most = Math.max(ms.ours, ms.map, ms.other);
      const owner = most === ms.ours ? 'ours' : most === ms.map ? 'map' : 'other';
      return { start, duration, ...ms, owner, top };
    });
}

/** Prints the attributed tasks, one line each. */
export function printAttributed(name, attributed) {
  if (!attributed) {
    console.log(`  ${name}: the clock marker is not in the profile; tasks not attributed`);
    return;
  }
  const f = (v) => v.toFixed(0);
  console.log(`  ${name}: ${attributed.length} tasks over 100 ms`);
  for (const a of attributed) {
    const top = a.top.map(([k, ms]) => `${k} ${f(ms)}`).join('; ');
    console.log(
      `    ${f(a.start)}+${f(a.duration)} ms: ${a.owner.toUpperCase()} (ours ${f(a.ours)}, map ${f(a.map)}, other ${f(a.other)}) — ${top}`,
    );
  }
}
