// Browser benchmark (npm run bench:browser, also run by npm run bench): headless Chromium against
// the production build, medians of BENCH_RUNS runs, each beside a baseline from the same run:
//   - navigation → data-map-state="idle", default data, beside a bare MapLibre page drawing the
//     same GeoJSON (no React, no validation, no linking);
//   - 100,000 synthetic enterprises: the longest main-thread task at load beside the bare page
//     loading the same file; main-thread heap per record;
//   - a filter click (氢能源) and clearing it → the map's next idle, measured inside the page,
//     beside a bare page's setData of the same 100k points (ids only) into a clustered source;
//   - a pan with "only what is in view" on, beside the same pan with it off;
//   - with BENCH_1M=1: the filter click at 1,000,000 enterprises beside the 100k figure;
//   - the gzip size of the JS needed for first paint.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';
import {
  clickToIdle,
  DIST,
  firstPaintJs,
  freshTimeToIdle,
  heapUsed,
  median,
  panToIdle,
  prepareFixtures,
  ROOT,
  startPreview,
  timeToIdle,
} from './browser-lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MILLION = process.env.BENCH_1M === '1';
const IDLE = '[data-map-state="idle"]';
const ratio = (a, b) => (a / b).toFixed(2);

/** Filter click and clear, then pans with "in view" off and on, on an app page at idle. */
async function interactions(page, out) {
  await page.getByRole('tab', { name: '筛选' }).click();
  await page.waitForTimeout(500);
  const hydrogen = page.getByRole('checkbox', { name: '氢能源' });
  out.filter.push(await clickToIdle(hydrogen));
  out.clear.push(await clickToIdle(page.getByRole('button', { name: '清除全部筛选' })));
  if (!out.panOff) return;
  out.panOff.push(await panToIdle(page, 160));
  out.panOff.push(await panToIdle(page, -160));
  await page.getByRole('checkbox', { name: '仅统计当前视野内' }).check();
  await page.waitForTimeout(500);
  out.panOn.push(await panToIdle(page, 160));
  out.panOn.push(await panToIdle(page, -160));
}

async function bareSetData(browser, base, out) {
  const url = `${base}bench/bare-setdata.html?points=/bench/enterprises.geojson`;
  const r = await timeToIdle(browser, url, 'body[data-state="idle"]');
  for (let k = 0; k < 2; k++) out.push(await r.page.evaluate(() => window.__setData()));
  await r.context.close();
}

/** BENCH_OUT names the results file (default bench-results/browser.json). */
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'bench-results/browser.json');

function save(rows, runs) {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    `${JSON.stringify({ date: new Date().toISOString(), runs, rows }, null, 2)}\n`,
  );
}

async function measure(browser, base) {
  const m = { app: [], bare: [], longApp: [], longBare: [], long100k: [], longBare100k: [] };
  const big = { filter: [], clear: [], panOff: [], panOn: [], heap: [], load: [] };
  const million = { filter: [], clear: [], load: [], heap: [], long: [] };
  const setData = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleaved so load on the machine hits app and baseline alike; each in a fresh browser,
    // so neither finds shader programs the other built (see freshTimeToIdle).
    const app = await freshTimeToIdle(base, IDLE);
    m.app.push(app.ms);
    m.longApp.push(app.longest);
    const bare = await freshTimeToIdle(`${base}bench/bare.html`, 'body[data-state="idle"]');
    m.bare.push(bare.ms);
    m.longBare.push(bare.longest);
    let r = await timeToIdle(
      browser,
      `${base}bench/bare.html?enterprises=/bench/enterprises.geojson`,
      'body[data-state="idle"]',
    );
    m.longBare100k.push(r.longest);
    await r.context.close();
    r = await timeToIdle(browser, `${base}?enterprises=/bench/enterprises.geojson`, IDLE, true);
    big.load.push(r.ms);
    m.long100k.push(r.longest);
    big.heap.push(await heapUsed(r.context, r.page));
    await interactions(r.page, big);
    await r.context.close();
    await bareSetData(browser, base, setData);
    if (MILLION) {
      r = await timeToIdle(
        browser,
        `${base}?enterprises=/bench/1m/enterprises.geojson`,
        IDLE,
        true,
      );
      million.load.push(r.ms);
      million.long.push(r.longest);
      million.heap.push(await heapUsed(r.context, r.page));
      await interactions(r.page, { filter: million.filter, clear: million.clear });
      await r.context.close();
    }
    // Medians so far, so a long run that is stopped early still leaves its figures.
    save(tableRows({ m, big, million, setData }), i + 1);
  }
  return { m, big, million, setData };
}

function tableRows({ m, big, million, setData }) {
  const f = Math.round;
  const bareSet = median(setData);
  const rows = [
    [
      'default data: navigation → idle (ms)',
      median(m.app),
      `bare MapLibre page, same files: ${median(m.bare)} (×${ratio(median(m.app), median(m.bare))}; goal ≤ 1.2)`,
    ],
    [
      'default data: longest main-thread task (ms)',
      f(median(m.longApp)),
      `bare page: ${f(median(m.longBare))}`,
    ],
    ['100k: navigation → records drawn (ms)', median(big.load), ''],
    [
      '100k: longest main-thread task at load (ms)',
      f(median(m.long100k)),
      `bare page loading the same file: ${f(median(m.longBare100k))} (×${ratio(median(m.long100k), median(m.longBare100k))}; goal ≤ 1.2)`,
    ],
    [
      '100k: main-thread heap after GC (bytes/record)',
      f(median(big.heap) / 100_000),
      `${(median(big.heap) / 1e6).toFixed(0)} MB`,
    ],
    [
      '100k: filter click (氢能源) → map idle (ms)',
      f(median(big.filter)),
      `bare setData of all 100k ids into a clustered source: ${f(bareSet)} (×${ratio(median(big.filter), bareSet)}; goal ≤ 0.1)`,
    ],
    [
      '100k: clear the filter → map idle (ms)',
      f(median(big.clear)),
      `same baseline (×${ratio(median(big.clear), bareSet)}; goal ≤ 0.1)`,
    ],
    [
      '100k: pan with "in view" on → idle (ms)',
      f(median(big.panOn)),
      `same pan with it off: ${f(median(big.panOff))} (×${ratio(median(big.panOn), median(big.panOff))}; goal ≤ 1.1)`,
    ],
  ];
  if (million.filter.length > 0) {
    rows.push(
      [
        '1M: navigation → idle (ms)',
        median(million.load),
        `longest task ${f(median(million.long))}; heap ${f(median(million.heap) / 1e6)} bytes/record`,
      ],
      [
        '1M: filter click (氢能源) → map idle (ms)',
        f(median(million.filter)),
        `100k: ${f(median(big.filter))} (×${ratio(median(million.filter), median(big.filter))}; goal ≤ 2)`,
      ],
      [
        '1M: clear the filter → map idle (ms)',
        f(median(million.clear)),
        `100k: ${f(median(big.clear))} (×${ratio(median(million.clear), median(big.clear))}; goal ≤ 2)`,
      ],
    );
  }
  const js = firstPaintJs();
  rows.push([
    'first-paint JS (gzip bytes)',
    js.totalGzip,
    `${js.files.map((x) => `${x.file.replace('assets/', '')} ${x.gzip}`).join(', ')} (goal ≤ 380 KB)`,
  ]);
  return rows;
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  prepareFixtures(MILLION);
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let rows;
  try {
    rows = tableRows(await measure(browser, server.base));
  } finally {
    await browser.close();
    server.stop();
  }
  for (const [what, value, note] of rows)
    console.log(`${what.padEnd(48)} | ${String(value).padStart(8)} | ${note}`);
  save(rows, RUNS);
}

await main();
