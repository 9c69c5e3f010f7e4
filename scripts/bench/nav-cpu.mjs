// Navigation CPU accounting (npm run bench:nav-cpu, after npm run build; Linux only, reads
// /proc): the CPU time every Chromium thread spends from navigation to data-map-state="idle" on
// the default data, beside the bare MapLibre page drawing the same files, each in a fresh
// browser, interleaved (BENCH_RUNS, default 3). On a machine whose cores are busy for the whole
// load, wall time follows total CPU, so this says which part of the app's extra time is whose:
// our main thread, the GPU process (WebGL, and rastering and compositing the page's HTML),
// V8's background threads (script parsing, GC) or the workers.
// BENCH_MAP_ONLY=1 hides every part of the app's page but the map (visibility, so it is laid out
// but never painted): what the HTML around the map costs, beside what the map itself costs.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';
import { median, navPages, prepareFixtures, startPreview } from './browser-lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MAP_ONLY = process.env.BENCH_MAP_ONLY === '1';
const HIDE_ALL_BUT_MAP =
  'body *{visibility:hidden!important}.maplibregl-map,.maplibregl-map *{visibility:visible!important}';
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Which row a thread's CPU belongs to, from its process type and thread name. */
function row(type, thread) {
  if (type === 'renderer') {
    if (thread === 'chromium' || thread === 'CrRendererMain') return 'page: main thread';
    if (thread.startsWith('DedicatedWorker') || thread === 'ended')
      return 'page: workers (ours, MapLibre; ended ones too)';
    if (thread.startsWith('ThreadPool')) return 'page: V8 background (parse, GC)';
    return 'page: other threads';
  }
  if (type === 'gpu-process') {
    if (thread === 'chromium' || thread === 'CrGpuMain') return 'GPU process: main';
    return 'GPU process: other threads';
  }
  return 'browser, network and other';
}

/** A stat file's name and CPU ms (utime + stime: fields 14 and 15, 12 and 13 after the name). */
function readStat(path) {
  const stat = readFileSync(path, 'utf8');
  const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { name, ms: (+f[11] + +f[12]) * TICK_MS };
}

/**
 * CPU ms so far of every thread of every Chromium process, by pid/tid. A thread that has ended
 * (the entities worker is terminated after its load) leaves no task entry, but its time stays
 * in its process's total: what the live threads do not account for is kept as `pid/ended`.
 */
function cpuByThread() {
  const out = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chrom')) continue;
      const type = cmd.match(/--type=([\w-]+)/)?.[1] ?? 'browser';
      let live = 0;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const { name, ms } = readStat(`/proc/${pid}/task/${tid}/stat`);
        out.set(`${pid}/${tid}`, { row: row(type, name), ms });
        live += ms;
      }
      const ended = readStat(`/proc/${pid}/stat`).ms - live;
      out.set(`${pid}/ended`, { row: row(type, 'ended'), ms: Math.max(0, ended) });
    } catch {
      // A process or thread that ended while being read.
    }
  }
  return out;
}

async function measure(url, selector) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      bypassCSP: MAP_ONLY,
    });
    if (MAP_ONLY && !url.includes('bare'))
      await context.addInitScript((css) => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
        });
      }, HIDE_ALL_BUT_MAP);
    const page = await context.newPage();
    const before = cpuByThread();
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForSelector(selector, { timeout: 120_000 });
    const wall = Date.now() - t0;
    const rows = {};
    for (const [k, { row: r, ms }] of cpuByThread())
      rows[r] = (rows[r] ?? 0) + ms - (before.get(k)?.ms ?? 0);
    return { wall, rows };
  } finally {
    await browser.close();
  }
}

prepareFixtures(false, { big: false });
const server = await startPreview();
const runs = { app: [], bare: [] };
try {
  const pages = navPages(server.base);
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < pages.length; k++) {
      const [name, url, selector] = pages[(i + k) % pages.length];
      runs[name].push(await measure(url, selector));
    }
    const total = (r) => Object.values(r.rows).reduce((a, b) => a + b, 0);
    console.log(
      `run ${i + 1}: app ${runs.app[i].wall} ms wall, ${total(runs.app[i])} ms CPU; ` +
        `bare ${runs.bare[i].wall} ms wall, ${total(runs.bare[i])} ms CPU`,
    );
  }
} finally {
  server.stop();
}
const med = (name, key) => median(runs[name].map((r) => (key ? (r.rows[key] ?? 0) : r.wall)));
const keys = [...new Set(runs.app.concat(runs.bare).flatMap((r) => Object.keys(r.rows)))].sort();
const sum = (name) =>
  median(runs[name].map((r) => Object.values(r.rows).reduce((a, b) => a + b, 0)));
console.log(`${'CPU ms, median of runs'.padEnd(48)} |     app |    bare | app − bare`);
for (const k of keys) {
  const [a, b] = [med('app', k), med('bare', k)];
  console.log(`${k.padEnd(48)} | ${String(a).padStart(7)} | ${String(b).padStart(7)} | ${a - b}`);
}
console.log(
  `${'total CPU'.padEnd(48)} | ${String(sum('app')).padStart(7)} | ${String(sum('bare')).padStart(7)} | ${sum('app') - sum('bare')}`,
);
console.log(
  `${'wall, navigation → idle'.padEnd(48)} | ${String(med('app')).padStart(7)} | ${String(med('bare')).padStart(7)} | ×${(med('app') / med('bare')).toFixed(2)}`,
);
