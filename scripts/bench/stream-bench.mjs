// Streamed-load benchmark (npm run bench:stream, also run by npm run bench): headless Chromium
// against the production build. Generates 1,000,000 (and 100,000) synthetic enterprises with
// the synthetic script as a manifest of part files in a temp dir (never committed; reused
// between runs, BENCH_STREAM_DIR to choose it), serves them same-origin, and reports medians of
// BENCH_RUNS runs:
//   - navigation → first records drawn (progress shown, records handed to the map, map loaded);
//   - navigation → load complete (progress bar says done) and → the full dataset drawn;
//   - the longest main-thread task during the load, beside the bare MapLibre page's own;
//   - main-thread JS heap after a forced GC (CDP HeapProfiler.collectGarbage) per record;
//   - filter click (氢能源) and clear → map idle at 1M, beside the same at 100k.
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

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIR = process.env.BENCH_STREAM_DIR ?? join(tmpdir(), 'jlp-bench-stream');
const SIZES = { '100k': [100_000, 1], '1m': [1_000_000, 10] };

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

async function loadOnce(browser, base, name, records) {
  const url = `${base}?enterprises=/bench/stream/${name}/enterprises.manifest.json`;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  await context.addInitScript(watchLoad);
  await watchLongTasks(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__stream?.done !== null, null, {
    timeout: 900_000,
    polling: 250,
  });
  // Drawn in full: the finished load's data reached the map and the map settled.
  await page.waitForSelector('[data-map-state="idle"]', { timeout: 600_000 });
  await page.waitForTimeout(1500);
  const got = await page.evaluate(() => ({
    ...window.__stream,
    longest: Math.max(0, ...window.__longTasks),
    nav: performance.timeOrigin,
  }));
  const heap = await heapUsed(context, page);
  await page.getByRole('tab', { name: '筛选' }).click();
  await page.waitForTimeout(1000);
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

/** The bare MapLibre page's own longest main-thread task, from navigation to its idle. */
async function bareLongest(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await watchLongTasks(context);
  const page = await context.newPage();
  await page.goto(`${base}bench/bare-stream.html`);
  await page.waitForFunction(() => document.body.dataset.state === 'idle', null, {
    timeout: 600_000,
    polling: 250,
  });
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  await context.close();
  return longest;
}

async function measure(browser, base) {
  const out = { bare: [], '100k': [], '1m': [] };
  for (let i = 0; i < RUNS; i++) {
    out.bare.push(await bareLongest(browser, base));
    for (const name of ['100k', '1m']) {
      const m = await loadOnce(browser, base, name, SIZES[name][0] + 13);
      console.log(name, JSON.stringify(m));
      out[name].push(m);
    }
  }
  return out;
}

function rows(out) {
  const f = Math.round;
  const med = (name, key) => median(out[name].map((m) => m[key]));
  const bare = median(out.bare);
  const rowsOf = (name) => [
    [
      `${name}: navigation → first records drawn (ms)`,
      f(med(name, 'first')),
      'streamed from a manifest of parts',
    ],
    [`${name}: navigation → load complete (ms)`, f(med(name, 'done')), ''],
    [
      `${name}: longest main-thread task during load (ms)`,
      f(med(name, 'longest')),
      `bare MapLibre page's own: ${f(bare)} (goal: ≤ bare + 200)`,
    ],
    [`${name}: main-thread heap after GC (bytes/record)`, f(med(name, 'perRecord')), 'goal ≤ 200'],
    [`${name}: filter click (氢能源) → map idle (ms)`, f(med(name, 'filter')), ''],
    [`${name}: clear the filter → map idle (ms)`, f(med(name, 'clear')), ''],
  ];
  const ratio = (key) => (med('1m', key) / med('100k', key)).toFixed(2);
  return [
    ...rowsOf('100k'),
    ...rowsOf('1m'),
    ['1M / 100k: filter click → idle', ratio('filter'), 'goal ≤ 2'],
    ['1M / 100k: clear → idle', ratio('clear'), 'goal ≤ 2'],
  ];
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

async function main() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  prepareFixtures(false);
  for (const [name, [count, parts]] of Object.entries(SIZES)) generate(name, count, parts);
  for (const f of ['bare-stream.html', 'bare-stream.js', 'bare-stream.css'])
    copyFileSync(join(import.meta.dirname, f), join(DIST, 'bench', f));
  const link = join(DIST, 'bench', 'stream');
  rmSync(link, { recursive: true, force: true });
  symlinkSync(DIR, link);
  const server = await startPreview();
  await answering(server.base);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let table;
  try {
    table = rows(await measure(browser, server.base));
  } finally {
    await browser.close();
    server.stop();
  }
  for (const [what, value, note] of table)
    console.log(`${what.padEnd(52)} | ${String(value).padStart(8)} | ${note}`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results/stream.json'),
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows: table }, null, 2)}\n`,
  );
}

await main();
