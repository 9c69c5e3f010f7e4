// Streamed-load benchmark (npm run bench:stream, also run by npm run bench): headless Chromium
// against the production build. Generates 1,000,000 (and 100,000) synthetic enterprises with
// the synthetic script as a manifest of part files in a temp dir (never committed; reused
// between runs, BENCH_STREAM_DIR to choose it), serves them same-origin, and reports medians of
// BENCH_RUNS runs:
//   - navigation → first records drawn (progress shown, records handed to the map, map loaded);
//   - navigation → load complete (progress bar says done) and → the full dataset drawn;
//   - the longest main-thread task during the load, beside the bare MapLibre page's own on the
//     default files (the 1M goal: ≤ bare + 200 ms) and, for a size in one part (100k), beside
//     the bare page handed that same file by URL (the 100k goal: ≤ 1.2×);
//   - main-thread JS heap after a forced GC (CDP HeapProfiler.collectGarbage) per record;
//   - filter click (氢能源) and clear → map idle at 1M, beside the same at 100k.
// BENCH_STREAM_SIZES=200k (comma-separated, k or m suffix) loads other sizes instead, in parts
// of 100,000 (a quicker figure while iterating); BENCH_COMPARE=<dist> measures another build
// (e.g. the session's starting one) in the same run, load for load; BENCH_PROFILE=1 prints the
// long tasks of each load attributed to ours / MapLibre / other (task-attribution.mjs).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';
import {
  clickToIdle,
  DIST,
  heapUsed,
  median,
  prepareFixtures,
  ROOT,
  startPreview,
  watchLongTasks,
} from './browser-lib.mjs';
import { heapSummary, openProfiled, watchTaskList } from './stream-profile.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIR = process.env.BENCH_STREAM_DIR ?? join(tmpdir(), 'jlp-bench-stream');
/** name → [records, part files]: '200k' → 200,000 records in 2 parts. */
function sizes() {
  const names = (process.env.BENCH_STREAM_SIZES ?? '100k,1m').split(',').map((s) => s.trim());
  return Object.fromEntries(
    names.map((name) => {
      const m = /^(\d+)(k|m)$/i.exec(name);
      if (!m) throw new Error(`BENCH_STREAM_SIZES: ${name} is not like 200k or 1m`);
      const count = Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1000 : 1_000_000);
      return [name.toLowerCase(), [count, Math.max(1, Math.ceil(count / 100_000))]];
    }),
  );
}
const SIZES = sizes();

/** `count` synthetic enterprises in `parts` files plus their manifest, made once. */
function generate(name, count, parts) {
  const out = join(DIR, name);
  if (existsSync(join(out, 'enterprises.manifest.json'))) return;
  mkdirSync(out, { recursive: true });
  const args = ['tsx', 'scripts/build-synthetic.ts', '--enterprises', String(count)];
  execFileSync('npx', [...args, '--projects', '300', '--parts', String(parts), '--out', out], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
}

/** Recorded in the page from its first script: when records were first drawn, when done. */
function watchLoad() {
  window.__stream = { first: null, done: null };
  // A mutation observer sees the done bar even if the page is too busy for animation frames.
  new MutationObserver(() => {
    const s = window.__stream;
    const el = document.querySelector('[data-map-state]');
    const bar = document.querySelector('[role="progressbar"]');
    const read = Number(bar?.getAttribute('aria-valuenow') ?? 0);
    if (s.first === null && read > 0 && el?.jlpEntityUploads > 0) s.first = performance.now();
    if (s.done === null && document.querySelector('.load-progress[data-done="true"]'))
      s.done = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

async function loadOnce(browser, base, name, records, label) {
  const url = `${base}?enterprises=/bench/stream/${name}/enterprises.manifest.json`;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  await context.addInitScript(watchLoad);
  await context.addInitScript(watchTaskList);
  await watchLongTasks(context);
  const page = await context.newPage();
  const stopProfile = await openProfiled(context, page, url, `${label} ${name}`);
  await page.waitForFunction(() => window.__stream?.done !== null, null, {
    timeout: 900_000,
    polling: 250,
  });
  // Drawn in full: the finished load's data reached the map and the map settled.
  await page.waitForSelector('[data-map-state="idle"]', { timeout: 600_000 });
  await page.waitForTimeout(1500);
  await stopProfile();
  const got = await page.evaluate(() => ({
    ...window.__stream,
    longest: Math.max(0, ...window.__longTasks),
    nav: performance.timeOrigin,
  }));
  const heap = await heapUsed(context, page);
  await heapSummary(context, page, `${label} ${name}`);
  // Said at once: a 1M load takes minutes, and the filter clicks below can still time out.
  console.log(
    label,
    name,
    `longest ${Math.round(got.longest)} ms, heap ${Math.round(heap / records)} B/record`,
  );
  await page.getByRole('tab', { name: '筛选' }).click();
  await page.waitForTimeout(1000);
  await page.getByRole('checkbox', { name: '氢能源' }).waitFor({ timeout: 300_000 });
  const filter = await clickToIdle(page.getByRole('checkbox', { name: '氢能源' }));
  const clear = await clickToIdle(page.getByRole('button', { name: '清除全部筛选' }));
  await context.close();
  return {
    first: got.first,
    done: got.done,
    longest: got.longest,
    perRecord: heap / records,
    filter,
    clear,
  };
}

/**
 * The bare MapLibre page's own longest main-thread task, from navigation to its idle: on the
 * default files, or (`file`) with the same enterprises file the app streams handed to it by URL.
 */
async function bareLongest(browser, base, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await watchLongTasks(context);
  const page = await context.newPage();
  const query = file ? `?enterprises=${encodeURIComponent(file)}` : '';
  await page.goto(`${base}bench/bare-stream.html${query}`);
  await page.waitForFunction(() => document.body.dataset.state === 'idle', null, {
    timeout: 600_000,
    polling: 250,
  });
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  await context.close();
  return longest;
}

async function measure(browser, bases) {
  const out = { bare: [] };
  for (const label of Object.keys(bases))
    for (const name of Object.keys(SIZES)) out[`${label} ${name}`] = [];
  for (const name of sameFileSizes()) out[`bare ${name}`] = [];
  for (let i = 0; i < RUNS; i++) {
    out.bare.push(await bareLongest(browser, bases.build));
    for (const name of sameFileSizes())
      out[`bare ${name}`].push(await bareLongest(browser, bases.build, sameFile(name)));
    for (const name of Object.keys(SIZES)) {
      // Load for load, the builds alternate: a change in the machine's load hits both alike.
      for (const [label, base] of Object.entries(bases)) {
        const m = await loadOnce(browser, base, name, SIZES[name][0] + 13, label);
        console.log(label, name, JSON.stringify(m));
        out[`${label} ${name}`].push(m);
      }
    }
  }
  return out;
}

/** Sizes in one part: a bare page can be handed the very file the app streams. */
function sameFileSizes() {
  return Object.keys(SIZES).filter((name) => SIZES[name][1] === 1);
}
function sameFile(name) {
  return `/bench/stream/${name}/enterprises-000.geojson`;
}

function rows(out, labels) {
  const f = Math.round;
  const med = (key, field) => median(out[key].map((m) => m[field]));
  const bare = median(out.bare);
  /** The bare page handed the same file, where there is one: the ratio the goal reads. */
  const sameBare = (key) => {
    const same = out[`bare ${key.split(' ').pop()}`];
    if (!same) return '';
    const ratio = (med(key, 'longest') / median(same)).toFixed(2);
    return `; handed the same file by URL: ${f(median(same))} (×${ratio}, goal ≤ 1.2)`;
  };
  const rowsOf = (key) => [
    [
      `${key}: navigation → first records drawn (ms)`,
      f(med(key, 'first')),
      'streamed from a manifest of parts',
    ],
    [`${key}: navigation → load complete (ms)`, f(med(key, 'done')), ''],
    [
      `${key}: longest main-thread task during load (ms)`,
      f(med(key, 'longest')),
      `bare MapLibre page's own, default files: ${f(bare)} (goal: ≤ bare + 200)${sameBare(key)}`,
    ],
    [`${key}: main-thread heap after GC (bytes/record)`, f(med(key, 'perRecord')), 'goal ≤ 200'],
    [`${key}: filter click (氢能源) → map idle (ms)`, f(med(key, 'filter')), ''],
    [`${key}: clear the filter → map idle (ms)`, f(med(key, 'clear')), ''],
  ];
  const table = [];
  for (const label of labels) {
    const keys = Object.keys(SIZES).map((name) => `${label} ${name}`);
    // The figures of the plain run keep their old names (the README quotes them).
    const plain = labels.length === 1;
    for (const key of keys)
      table.push(...rowsOf(key).map(([w, v, n]) => [plain ? w.replace(`${label} `, '') : w, v, n]));
    if (SIZES['1m'] && SIZES['100k']) {
      const ratio = (field) => (med(`${label} 1m`, field) / med(`${label} 100k`, field)).toFixed(2);
      const pre = plain ? '' : `${label} `;
      table.push([`${pre}1M / 100k: filter click → idle`, ratio('filter'), 'goal ≤ 2']);
      table.push([`${pre}1M / 100k: clear → idle`, ratio('clear'), 'goal ≤ 2']);
    }
  }
  return table;
}

/** Waits for the preview server: on a loaded machine it takes longer than its fixed wait. */
async function answering(base) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the preview server did not answer at ${base}`);
}

/** The stream fixtures and bare page in `dist`/bench (the compared build gets its own). */
function fixtures(dist) {
  prepareFixtures(false, { dist, big: false });
  for (const f of ['bare-stream.html', 'bare-stream.js', 'bare-stream.css'])
    copyFileSync(join(import.meta.dirname, f), join(dist, 'bench', f));
  const link = join(dist, 'bench', 'stream');
  rmSync(link, { recursive: true, force: true });
  symlinkSync(DIR, link);
}

async function main() {
  const dists = { build: DIST };
  if (process.env.BENCH_COMPARE) dists.before = process.env.BENCH_COMPARE;
  for (const dist of Object.values(dists))
    if (!existsSync(join(dist, 'index.html')))
      throw new Error(`${dist} has no build: run \`npm run build\` first`);
  for (const [name, [count, parts]] of Object.entries(SIZES)) generate(name, count, parts);
  for (const dist of Object.values(dists)) fixtures(dist);
  const servers = {};
  for (const [label, dist] of Object.entries(dists)) servers[label] = await startPreview(dist);
  const bases = {};
  for (const [label, s] of Object.entries(servers)) {
    await answering(s.base);
    bases[label] = s.base;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let table;
  try {
    table = rows(await measure(browser, bases), Object.keys(bases));
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) s.stop();
  }
  for (const [what, value, note] of table)
    console.log(`${what.padEnd(58)} | ${String(value).padStart(8)} | ${note}`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const file =
    process.env.BENCH_STREAM_SIZES || dists.before ? 'stream-compare.json' : 'stream.json';
  writeFileSync(
    join(ROOT, 'bench-results', file),
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, sizes: SIZES, rows: table }, null, 2)}\n`,
  );
}

await main();
