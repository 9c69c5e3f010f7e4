// CPU profile (CDP Profiler, main thread) of a filter click, clearing it, and pans with "only
// what is in view" off and on, in the built app at 100k: self time by file and by function.
// `node scripts/bench/filter-profile.mjs` after `npm run build`; BENCH_DIST profiles another
// build (build it with `--minify false` for readable names); FIXTURE=file reuses a generated
// 100k file; the .cpuprofile files go to bench-results/ (open them in Chrome's DevTools).

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';
import * as lib from './browser-lib.mjs';

const bench = join(lib.DIST, 'bench');
const OUT = join(lib.ROOT, 'bench-results');
mkdirSync(bench, { recursive: true });
mkdirSync(OUT, { recursive: true });
if (process.env.FIXTURE) copyFileSync(process.env.FIXTURE, join(bench, 'enterprises.geojson'));
lib.prepareFixtures(false);
const server = await lib.startPreview();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const tag = process.env.TAG ?? 'x';
function summarize(profile, label) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let k = 0; k < profile.samples.length; k++) {
    const id = profile.samples[k];
    self.set(id, (self.get(id) ?? 0) + (dt[k] ?? 0) / 1000);
  }
  const byFn = new Map();
  const byUrl = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const n = nodes.get(id);
    const cf = n.callFrame;
    const file = cf.url.split('/').pop() || '(native)';
    const key = `${cf.functionName || '(anon)'} ${file}:${cf.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
    byUrl.set(file, (byUrl.get(file) ?? 0) + ms);
    total += ms;
  }
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ${k}`)
      .join('\n');
  console.log(
    `== ${label}: total sampled ${total.toFixed(0)} ms\n-- by file\n${top(byUrl, 8)}\n-- by function (self)\n${top(byFn, 25)}`,
  );
}
try {
  const r = await lib.timeToIdle(
    browser,
    `${server.base}?enterprises=/bench/enterprises.geojson`,
    '[data-map-state="idle"]',
    true,
  );
  console.log('load', r.ms);
  const page = r.page;
  await page.getByRole('tab', { name: '筛选' }).click();
  await page.waitForTimeout(1500);
  const cdp = await r.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const prof = async (label, fn) => {
    await cdp.send('Profiler.start');
    const ms = await fn();
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(OUT, `${tag}-${label}.cpuprofile`), JSON.stringify(profile));
    console.log(`${label}: ${Math.round(ms)} ms`);
    summarize(profile, label);
  };
  await prof('filter', () => lib.clickToIdle(page.getByRole('checkbox', { name: '氢能源' })));
  await prof('clear', () => lib.clickToIdle(page.getByRole('button', { name: '清除全部筛选' })));
  await prof('panOff', () => lib.panToIdle(page, 160));
  await page.getByRole('checkbox', { name: '仅统计当前视野内' }).check();
  await page.waitForTimeout(1500);
  await prof('panOn', () => lib.panToIdle(page, -160));
  await r.context.close();
} finally {
  await browser.close();
  server.stop();
}
