// Helpers of the browser benchmark (browser-bench.mjs): fixtures, the preview server, and
// measurements taken inside the page so Playwright's own latency stays out of the figures.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = join(import.meta.dirname, '..', '..');
/** BENCH_DIST measures another build (e.g. a copy of the previous one) with the same script. */
export const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** gzip bytes of the entry script and its modulepreloads (what index.html makes the page load). */
export function firstPaintJs() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const sizes = files.map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(DIST, f))).length }));
  return { files: sizes, totalGzip: sizes.reduce((a, s) => a + s.gzip, 0) };
}

function synthetic(count, dir) {
  if (existsSync(join(dir, 'enterprises.geojson'))) return;
  mkdirSync(dir, { recursive: true });
  const args = ['tsx', 'scripts/build-synthetic.ts', '--enterprises', String(count)];
  execFileSync('npx', [...args, '--projects', '300', '--out', dir], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/**
 * <dist>/bench: 100k (and with `million` 1M) synthetic files, the default data, bare pages.
 * `big: false` leaves out the synthetic files (the navigation benchmark needs none).
 */
export function prepareFixtures(million, { dist = DIST, big = true } = {}) {
  const bench = join(dist, 'bench');
  mkdirSync(bench, { recursive: true });
  if (big) synthetic(100_000, bench);
  if (million) synthetic(1_000_000, join(bench, '1m'));
  for (const f of ['district', 'context', 'zones', 'enterprises', 'projects']) {
    copyFileSync(join(ROOT, 'data/geojson', `${f}.geojson`), join(bench, `default-${f}.geojson`));
  }
  for (const f of ['maplibre-gl.js', 'maplibre-gl.css']) {
    copyFileSync(join(ROOT, 'node_modules/maplibre-gl/dist', f), join(bench, f));
  }
  copyFileSync(join(import.meta.dirname, 'bare-page.html'), join(bench, 'bare.html'));
  copyFileSync(join(import.meta.dirname, 'bare-setdata.html'), join(bench, 'bare-setdata.html'));
  for (const f of ['bare-page.js', 'bare-setdata.js', 'bare.css']) {
    copyFileSync(join(import.meta.dirname, f), join(bench, f));
  }
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

/** `vite preview` of dist/ (or `dist`) on a free port; returns its base URL and a stop function. */
export async function startPreview(dist = DIST) {
  const port = await freePort();
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  args.push('--outDir', dist);
  const server = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  // On a loaded machine the server can take far longer than a fixed pause to listen.
  for (let waited = 0; ; waited += 250) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (waited > 120_000) {
      server.kill();
      throw new Error(`vite preview did not answer on ${base} within 120 s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, stop: () => server.kill() };
}

/** The app handed its records to the map and MapLibre has drawn them (entity-controller.ts). */
const entitiesDrawn = () => {
  const el = document.querySelector('[data-map-state]');
  return el?.jlpEntityUploads > 0 && el.jlpMap.loaded();
};

/**
 * Opens url in a fresh context and waits for selector (and, with `entities`, for the records to
 * be drawn: the app reports idle once the base layers are); long tasks are recorded throughout.
 */
/** Collects every long task's duration (ms) in `window.__longTasks` of each page of the context. */
export function watchLongTasks(context) {
  return context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function timeToIdle(browser, url, selector, entities = false) {
  // The app follows the browser's language on a first visit; the bench clicks Chinese labels.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  await watchLongTasks(context);
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 600_000 });
  if (entities) await page.waitForFunction(entitiesDrawn, null, { timeout: 600_000, polling: 50 });
  const ms = Date.now() - t0;
  const longTasks = await page.evaluate(() => window.__longTasks);
  return { ms, longest: Math.max(0, ...longTasks), page, context };
}

/**
 * timeToIdle in a browser of its own, closed afterwards: Chromium's GPU process keeps the shader
 * programs it has built for the whole session, so a page opened after another would find the
 * programs they share already built (under software WebGL that is seconds of the first load).
 */
export async function freshTimeToIdle(url, selector) {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../chromium-args.mjs');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const r = await timeToIdle(browser, url, selector);
    await r.context.close();
    return { ms: r.ms, longest: r.longest };
  } finally {
    await browser.close();
  }
}

/** The two pages the navigation benches compare: [name, url, selector that marks idle]. */
export const navPages = (base) => [
  ['app', base, '[data-map-state="idle"]'],
  ['bare', `${base}bench/bare.html`, 'body[data-state="idle"]'],
];

/**
 * Opens url in a browser of its own (see freshTimeToIdle) with `initScript` run before the page's
 * scripts, waits for selector, and returns what `read` (evaluated in the page) returns.
 */
export async function freshLoadAndRead(url, selector, initScript, read) {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../chromium-args.mjs');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
    });
    await context.addInitScript(initScript);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(selector, { timeout: 600_000 });
    return await page.evaluate(read);
  } finally {
    await browser.close();
  }
}

/** Main-thread JS heap after a forced GC (CDP), in bytes. */
export async function heapUsed(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** In the page: click the element, resolve with ms to the map's next idle (data-idle-count). */
export function clickToIdle(locator) {
  return locator.evaluate(
    (el) =>
      new Promise((resolve, reject) => {
        const map = document.querySelector('[data-map-state]');
        const before = Number(map.dataset.idleCount ?? 0);
        const t0 = performance.now();
        const timer = setTimeout(() => reject(new Error('no idle within 300 s')), 300_000);
        const obs = new MutationObserver(() => {
          if (Number(map.dataset.idleCount ?? 0) <= before) return;
          obs.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - t0);
        });
        obs.observe(map, { attributes: true, attributeFilter: ['data-idle-count'] });
        el.click();
      }),
  );
}

/** Drags the map by dx px; ms from the mouse-up to the map's next idle, measured in the page. */
export async function panToIdle(page, dx) {
  await page.evaluate(() => {
    window.__pan = new Promise((resolve) => {
      const map = document.querySelector('[data-map-state]');
      let up = null;
      window.addEventListener('mouseup', () => (up = performance.now()), {
        capture: true,
        once: true,
      });
      const obs = new MutationObserver(() => {
        if (up === null) return;
        obs.disconnect();
        resolve(performance.now() - up);
      });
      obs.observe(map, { attributes: true, attributeFilter: ['data-idle-count'] });
    });
  });
  const box = await page.locator('[data-map-state]').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dx / 3, { steps: 6 });
  await page.mouse.up();
  return page.evaluate(() => window.__pan);
}
