// Briefing soak: a 500-scene script in autoplay at a short interval in headless Chromium,
// with prefers-reduced-motion so each scene is a cut (the soak is about leaks, not flights).
// Passes when no console error or page error is logged and the JS heap, sampled after a forced
// garbage collection (CDP HeapProfiler.collectGarbage), grows by less than 10% from scene 50 to
// the last scene. Needs `npm run build` first; prints the figures and writes
// bench-results/briefing-soak.json. Env: SOAK_SCENES (500), SOAK_INTERVAL seconds (1),
// SOAK_WIDTH/SOAK_HEIGHT (1280×720: the canvas size does not change what leaks, and a smaller
// software-rendered canvas keeps the run within minutes on a busy machine), SOAK_EVERY (50:
// spacing of the samples), SOAK_SNAPSHOTS (e.g. `50,200`: heap snapshots written to
// bench-results/ after those scenes, to diff with scripts/bench/heap-diff.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SCENES = Number(process.env.SOAK_SCENES ?? 500);
const INTERVAL_S = Number(process.env.SOAK_INTERVAL ?? 1);
const WIDTH = Number(process.env.SOAK_WIDTH ?? 1280);
const HEIGHT = Number(process.env.SOAK_HEIGHT ?? 720);
const FIRST = Math.min(50, SCENES);
/** Spacing of the heap samples after scene 50 (SOAK_EVERY, default 50). */
const EVERY = Number(process.env.SOAK_EVERY ?? 50);
/** Scenes where the heap is sampled: 50, every EVERY-th after it, and the last. */
const CHECKPOINTS = [
  ...new Set([
    FIRST,
    ...Array.from({ length: Math.ceil(SCENES / EVERY) }, (_, i) => (i + 1) * EVERY).filter(
      (n) => n > FIRST && n < SCENES,
    ),
    SCENES,
  ]),
];
/** Scenes after which a heap snapshot is written to bench-results/ (SOAK_SNAPSHOTS=50,200). */
const SNAPSHOTS = new Set(
  (process.env.SOAK_SNAPSHOTS ?? '').split(',').filter(Boolean).map(Number),
);

/** The default script's scenes repeated to SCENES. */
function soakScript() {
  const base = JSON.parse(readFileSync(join(ROOT, 'data/briefings/default.json'), 'utf8'));
  const scenes = Array.from({ length: SCENES }, (_, i) => {
    const s = base.scenes[i % base.scenes.length];
    return { ...s, id: `${s.id}-${i + 1}`, camera: { ...s.camera, duration: 300 } };
  });
  return { ...base, id: 'soak', scenes };
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server at ${url} did not start`);
}

/** Waits until scene n is shown, then collects garbage twice and reads the used JS heap. */
async function heapAt(page, cdp, n) {
  const shown = () =>
    page.evaluate(() => document.querySelector('[data-testid="briefing-count"]')?.textContent);
  const progress = setInterval(() => {
    shown().then(
      (text) => console.error(`  … ${text}`),
      () => undefined,
    );
  }, 30000);
  await page
    .waitForFunction(
      (want) =>
        document.querySelector('[data-testid="briefing-count"]')?.getAttribute('data-scene') ===
        String(want),
      n,
      { timeout: 1800000, polling: 100 },
    )
    .finally(() => clearInterval(progress));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  if (SNAPSHOTS.has(n)) await writeSnapshot(cdp, n);
  return { scene: n, heapMB: +(usedSize / 2 ** 20).toFixed(2), domNodes: dom };
}

/** A heap snapshot for diffing by constructor (scripts/bench/heap-diff.mjs). */
async function writeSnapshot(cdp, n) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', `soak-${n}.heapsnapshot`), chunks.join(''));
}

async function soak(page, cdp, port, errors) {
  const t0 = Date.now();
  await page.goto(
    `http://127.0.0.1:${port}/?briefingSrc=/bench-briefing/soak.json&autoplay=${INTERVAL_S}`,
  );
  await page.waitForSelector('[data-testid="briefing-count"]', { timeout: 180000 });
  console.error(`briefing open after ${Math.round((Date.now() - t0) / 1000)} s`);
  const samples = [];
  for (const n of CHECKPOINTS) {
    samples.push(await heapAt(page, cdp, n));
    const last = samples.at(-1);
    console.error(
      `scene ${n}: ${last.heapMB} MB, ${last.domNodes} DOM nodes, ${Math.round((Date.now() - t0) / 1000)} s, ${errors.length} errors`,
    );
  }
  return { samples, wallSeconds: Math.round((Date.now() - t0) / 1000) };
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(join(DIST, 'bench-briefing'), { recursive: true });
  writeFileSync(join(DIST, 'bench-briefing', 'soak.json'), JSON.stringify(soakScript()));
  const port = await freePort();
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    const context = await browser.newContext({
      viewport: { width: WIDTH, height: HEIGHT },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('crash', () => errors.push('the page crashed'));
    const cdp = await context.newCDPSession(page);
    const { samples, wallSeconds } = await soak(page, cdp, port, errors);
    const first = samples[0].heapMB;
    const last = samples.at(-1).heapMB;
    const growth = (last - first) / first;
    const result = {
      scenes: SCENES,
      intervalS: INTERVAL_S,
      viewport: `${WIDTH}×${HEIGHT}`,
      samples,
      [`heapAtScene${FIRST}MB`]: first,
      [`heapAtScene${SCENES}MB`]: last,
      growthPercent: +(growth * 100).toFixed(2),
      errors,
      wallSeconds,
      pass: errors.length === 0 && growth < 0.1,
    };
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      join(ROOT, 'bench-results', 'briefing-soak.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.log(JSON.stringify(result, null, 2));
    if (!result.pass) process.exitCode = 1;
  } finally {
    await browser.close();
    server.kill();
    rmSync(join(DIST, 'bench-briefing'), { recursive: true, force: true });
  }
}

await main();
