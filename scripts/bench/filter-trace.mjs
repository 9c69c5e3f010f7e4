// Chrome trace of one filter click in the built app at 100k: time on the renderer's main
// thread by event name (layout, style, paint, scripts, GPU waits), beyond what a JS profile shows.
// WHAT=clear traces clearing the filter instead, WHAT=panOff / panOn a pan with "only what is in
// view" off / on; BENCH_DIST, FIXTURE and TAG as in filter-profile.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';
import * as lib from './browser-lib.mjs';

const bench = join(lib.DIST, 'bench');
mkdirSync(bench, { recursive: true });
if (process.env.FIXTURE) copyFileSync(process.env.FIXTURE, join(bench, 'enterprises.geojson'));
lib.prepareFixtures(false);
const server = await lib.startPreview();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

function summarize(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map();
  const threads = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const t = events.find((x) => x.name === 'thread_name' && x.pid === e.pid && x.tid === e.tid);
    const tname = t?.args?.name ?? `${e.pid}/${e.tid}`;
    if (e.pid === main.pid && e.tid === main.tid) {
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
    threads.set(tname, (threads.get(tname) ?? 0) + e.dur / 1000);
  }
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ${k}`)
      .join('\n');
  console.log(`-- main thread by event (inclusive, nested events double-count)\n${top(byName)}`);
  console.log(`-- by thread (inclusive)\n${top(threads)}`);
}

try {
  const url = `${server.base}?enterprises=/bench/enterprises.geojson`;
  const r = await lib.timeToIdle(browser, url, '[data-map-state="idle"]', true);
  const page = r.page;
  await page.getByRole('tab', { name: '筛选' }).click();
  await page.waitForTimeout(1500);
  const what = process.env.WHAT ?? 'filter';
  const pan = what.startsWith('pan');
  const loc =
    what === 'filter'
      ? page.getByRole('checkbox', { name: '氢能源' })
      : page.getByRole('button', { name: '清除全部筛选' });
  // WHAT=sequence traces 氢能源 and then clearing it right after that click's idle, as
  // filter-map-bench times them (the clear then also waits for the first click's last frame).
  const sequence = what === 'sequence';
  if (what === 'clear') await lib.clickToIdle(page.getByRole('checkbox', { name: '氢能源' }));
  if (what === 'panOn') await page.getByRole('checkbox', { name: '仅统计当前视野内' }).check();
  if (pan) await lib.panToIdle(page, 160);
  else if (!sequence) await loc.waitFor();
  // SETTLE_MS=0 traces the click right after the previous one's idle, as filter-map-bench does.
  await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 1000));
  const cats = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'gpu', 'blink'];
  // TRACE_CATS=viz,cc,... adds categories (e.g. the display compositor's draws on the GPU thread).
  if (process.env.TRACE_CATS) cats.push(...process.env.TRACE_CATS.split(','));
  await browser.startTracing(page, { categories: cats });
  const hydrogen = page.getByRole('checkbox', { name: '氢能源' });
  const first = sequence ? await lib.clickToIdle(hydrogen) : 0;
  if (sequence) console.log(`filter: ${Math.round(first)} ms`);
  const ms = pan ? await lib.panToIdle(page, -160) : await lib.clickToIdle(loc);
  const buf = await browser.stopTracing();
  console.log(`${what}: ${Math.round(ms)} ms`);
  const trace = JSON.parse(buf.toString());
  const events = trace.traceEvents ?? trace;
  mkdirSync(join(lib.ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(lib.ROOT, 'bench-results', `${process.env.TAG ?? 'x'}-${what}.trace.json`),
    buf,
  );
  summarize(events);
  await r.context.close();
} finally {
  await browser.close();
  server.stop();
}
