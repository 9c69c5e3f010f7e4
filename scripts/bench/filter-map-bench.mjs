// The map's side of a filter click at 100k (npm run bench:filter-map): filter click, clearing
// it (right after the filter's idle, and once more 500 ms after it), and pans with "only what
// is in view" off and on, each to the map's next idle, measured in the page (and, with it on,
// to the shown count changing), beside a bare MapLibre page's setData of the same 100k ids into
// a clustered source, all in the same run. BENCH_COMPARE=/path/to/another/dist measures that
// build too, interleaved run by run (e.g. main's build before a change), so both face the same
// load.
import { cpSync, existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';
import {
  clickToIdle,
  DIST,
  median,
  panToIdle,
  prepareFixtures,
  ROOT,
  startPreview,
  timeToIdle,
} from './browser-lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'bench-results/filter-map.json');
const IDLE = '[data-map-state="idle"]';
/** Pans per build and run, each way in turn (two were too few to say anything under load). */
const PANS = [160, -160, 160, -160];

async function interactions(browser, base, out) {
  const url = `${base}?enterprises=/bench/enterprises.geojson`;
  const r = await timeToIdle(browser, url, IDLE, true);
  const { page } = r;
  await page.getByRole('tab', { name: '筛选' }).click();
  await page.waitForTimeout(500);
  out.filter.push(await clickToIdle(page.getByRole('checkbox', { name: '氢能源' })));
  out.clear.push(await clickToIdle(page.getByRole('button', { name: '清除全部筛选' })));
  // Timed right after the filter's idle, the clear above also waits for the compositor to put
  // that click's last frame on screen (idle comes when the map has issued its frame, and under
  // software WebGL the swap takes 60–500 ms more). Once more after the same pause the filter
  // click had, so the two directions can be compared like for like.
  await page.waitForTimeout(500);
  await clickToIdle(page.getByRole('checkbox', { name: '氢能源' }));
  await page.waitForTimeout(500);
  out.clearSettled.push(await clickToIdle(page.getByRole('button', { name: '清除全部筛选' })));
  for (const dx of PANS) out.panOff.push(await panToIdle(page, dx));
  await page.getByRole('checkbox', { name: '仅统计当前视野内' }).check();
  // Turning it on re-renders the lists: let that finish before the first pan is timed.
  await page.waitForTimeout(2000);
  for (const dx of PANS) {
    const list = listUpdate(page);
    out.panOn.push(await panToIdle(page, dx));
    out.panOnList.push(await list);
  }
  await r.context.close();
}

/**
 * Ms from the next mouse-up to the shown enterprise count changing (the lists and statistics
 * narrowed to the new view), or null when it did not change within 20 s.
 */
async function listUpdate(page) {
  const handle = await page.evaluateHandle(
    () =>
      new Promise((resolve) => {
        // The element showing the count, found once: the observer stays cheap during the pan.
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let el = null;
        while (!el && walk.nextNode())
          if (walk.currentNode.nodeValue.includes('符合条件:企业'))
            el = walk.currentNode.parentNode;
        const shown = () => el.textContent.match(/企业 ([\d,]+) 家/)?.[1];
        const before = shown();
        let up = null;
        window.addEventListener('mouseup', () => (up = performance.now()), {
          capture: true,
          once: true,
        });
        const timer = setTimeout(() => resolve(null), 60_000);
        const obs = new MutationObserver(() => {
          if (up === null || shown() === before) return;
          obs.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - up);
        });
        obs.observe(el, { subtree: true, childList: true, characterData: true });
      }),
  );
  return handle.jsonValue();
}

async function bareSetData(browser, base, out) {
  const url = `${base}bench/bare-setdata.html?points=/bench/enterprises.geojson`;
  const r = await timeToIdle(browser, url, 'body[data-state="idle"]');
  for (let k = 0; k < 2; k++) out.push(await r.page.evaluate(() => window.__setData()));
  await r.context.close();
}

function rows(builds, setData) {
  const bare = median(setData);
  const f = (x) => Math.round(x);
  const out = [['bare setData of 100k ids into a clustered source (ms)', f(bare), '']];
  for (const [name, m] of Object.entries(builds)) {
    const r = (xs) => (median(xs) / bare).toFixed(3);
    out.push(
      [`${name}: filter click → idle (ms)`, f(median(m.filter)), `×${r(m.filter)} (goal ≤ 0.1)`],
      [`${name}: clear → idle (ms)`, f(median(m.clear)), `×${r(m.clear)} (goal ≤ 0.1)`],
      [
        `${name}: clear, 500 ms after filter idle → idle (ms)`,
        f(median(m.clearSettled)),
        `×${r(m.clearSettled)}`,
      ],
      [
        `${name}: pan, "in view" on → idle (ms)`,
        f(median(m.panOn)),
        `off: ${f(median(m.panOff))} (×${(median(m.panOn) / median(m.panOff)).toFixed(2)}; goal ≤ 1.1)`,
      ],
      [
        `${name}: pan, "in view" on → list count updated (ms)`,
        f(median(m.panOnList.filter((x) => x !== null))),
        `${m.panOnList.filter((x) => x === null).length} of ${m.panOnList.length} pans left it unchanged`,
      ],
    );
  }
  return out;
}

function save(table, runs, raw) {
  mkdirSync(dirname(OUT), { recursive: true });
  const json = { date: new Date().toISOString(), runs, rows: table, raw };
  writeFileSync(OUT, `${JSON.stringify(json, null, 2)}\n`);
}

async function main() {
  prepareFixtures(false);
  const dists = { build: DIST };
  if (process.env.BENCH_COMPARE) {
    dists.compare = process.env.BENCH_COMPARE;
    if (!existsSync(join(dists.compare, 'index.html')))
      throw new Error('BENCH_COMPARE has no build');
    // Not the stream benchmark's link to its generated parts (both builds may have it).
    cpSync(join(DIST, 'bench'), join(dists.compare, 'bench'), {
      recursive: true,
      filter: (src) => !lstatSync(src).isSymbolicLink(),
    });
  }
  const servers = {};
  for (const [name, dist] of Object.entries(dists)) servers[name] = await startPreview(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const builds = {};
  for (const name of Object.keys(dists))
    builds[name] = {
      filter: [],
      clear: [],
      clearSettled: [],
      panOff: [],
      panOn: [],
      panOnList: [],
    };
  const setData = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await bareSetData(browser, servers.build.base, setData);
      for (const name of Object.keys(dists))
        await interactions(browser, servers[name].base, builds[name]);
      save(rows(builds, setData), i + 1, { builds, setData });
    }
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) s.stop();
  }
  for (const [what, value, note] of rows(builds, setData))
    console.log(`${what.padEnd(52)} | ${String(value).padStart(7)} | ${note}`);
}

await main();
