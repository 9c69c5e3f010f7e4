// Browser benchmark (npm run bench:browser, also run by npm run bench): in headless Chromium
// against the production build, medians of several runs, each beside a baseline measured in
// the same run:
//   - navigation → data-map-state="idle" for the app, beside a bare MapLibre page that draws the
//     same GeoJSON (no React, no validation, no linking);
//   - with 100,000 synthetic enterprises: time to idle and the longest main-thread task at load
//     (long-task observer);
//   - a filter click → the map's next idle, beside clearing the filter (a full setData of all);
//   - the gzip size of the JS needed for first paint.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function firstPaintJs() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const sizes = files.map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(DIST, f))).length }));
  return { files: sizes, totalGzip: sizes.reduce((a, s) => a + s.gzip, 0) };
}

function prepareFixtures() {
  const bench = join(DIST, 'bench');
  mkdirSync(bench, { recursive: true });
  if (!existsSync(join(bench, 'enterprises.geojson'))) {
    execFileSync(
      'npx',
      [
        'tsx',
        'scripts/build-synthetic.ts',
        '--enterprises',
        '100000',
        '--projects',
        '300',
        '--out',
        bench,
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  for (const f of ['district', 'context', 'zones', 'enterprises', 'projects']) {
    copyFileSync(join(ROOT, 'data/geojson', `${f}.geojson`), join(bench, `default-${f}.geojson`));
  }
  copyFileSync(
    join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.js'),
    join(bench, 'maplibre-gl.js'),
  );
  copyFileSync(
    join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css'),
    join(bench, 'maplibre-gl.css'),
  );
  copyFileSync(join(import.meta.dirname, 'bare-page.html'), join(bench, 'bare.html'));
}

async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function timeToIdle(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 180000 });
  const ms = Date.now() - t0;
  const longTasks = await page.evaluate(() => window.__longTasks);
  return { ms, longTasks, page, context };
}

async function filterTimings(page) {
  await page.getByRole('tab', { name: '筛选' }).click();
  const idleCount = () =>
    page.locator('[data-map-state]').evaluate((el) => Number(el.dataset.idleCount ?? 0));
  const clickToIdle = async (action) => {
    const before = await idleCount();
    const t0 = Date.now();
    await action();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-map-state]').dataset.idleCount ?? 0) > n,
      before,
      { timeout: 120000 },
    );
    return Date.now() - t0;
  };
  const hydrogen = page.getByRole('checkbox', { name: '氢能源' });
  const filterMs = await clickToIdle(() => hydrogen.check());
  const clearMs = await clickToIdle(() =>
    page.getByRole('button', { name: '清除全部筛选' }).click(),
  );
  return { filterMs, clearMs };
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  prepareFixtures();
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  await new Promise((r) => setTimeout(r, 1500));
  const base = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const rows = [];
  try {
    const app = [],
      bare = [],
      big = [],
      bigLong = [],
      filter = [],
      clear = [];
    const longest = { app: [], bare: [] };
    for (let i = 0; i < RUNS; i++) {
      // Interleaved so load on the machine hits app and baseline alike.
      for (const [list, url, sel, key] of [
        [app, base, '[data-map-state="idle"]', 'app'],
        [bare, `${base}bench/bare.html`, 'body[data-state="idle"]', 'bare'],
      ]) {
        const r = await timeToIdle(browser, url, sel);
        list.push(r.ms);
        longest[key].push(Math.max(0, ...r.longTasks));
        await r.context.close();
      }
      const r = await timeToIdle(
        browser,
        `${base}?enterprises=/bench/enterprises.geojson`,
        '[data-map-state="idle"]',
      );
      big.push(r.ms);
      bigLong.push(Math.max(0, ...r.longTasks));
      const f = await filterTimings(r.page);
      filter.push(f.filterMs);
      clear.push(f.clearMs);
      await r.context.close();
    }
    rows.push([
      'default data: navigation → idle',
      median(app),
      `bare MapLibre page, same GeoJSON: ${median(bare)} ms (ratio ${(median(app) / median(bare)).toFixed(2)})`,
    ]);
    rows.push([
      'default data: longest main-thread task',
      Math.round(median(longest.app)),
      `bare MapLibre page: ${Math.round(median(longest.bare))} ms (software WebGL compiles shaders on the main thread)`,
    ]);
    rows.push([
      '100k enterprises: navigation → idle',
      median(big),
      `longest main-thread task at load: median ${median(bigLong).toFixed(0)} ms, max ${Math.max(...bigLong).toFixed(0)} ms`,
    ]);
    rows.push([
      '100k: filter click (氢能源) → map idle',
      median(filter),
      `clear filter (setData of all 100k) → idle: ${median(clear)} ms`,
    ]);
    const js = firstPaintJs();
    rows.push([
      'first-paint JS (gzip, bytes)',
      js.totalGzip,
      js.files.map((f) => `${f.file.replace('assets/', '')} ${f.gzip}`).join(', '),
    ]);
  } finally {
    await browser.close();
    server.kill();
  }
  for (const [what, value, note] of rows)
    console.log(`${what.padEnd(42)} | ${String(value).padStart(8)} | ${note}`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results/browser.json'),
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows }, null, 2)}\n`,
  );
}

await main();
