// Briefing soak: a 500-scene script in autoplay at a short interval in headless Chromium.
// Passes when no error is logged and the JS heap (after a forced GC) grows by less than 10%
// from scene 50 to scene 500. Needs `npm run build` first; writes bench-results/briefing-soak.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SCENES = Number(process.env.SOAK_SCENES ?? 500);
const INTERVAL_S = Number(process.env.SOAK_INTERVAL ?? 0.3);
const CHECKPOINT = 50;

/** The default script's six scenes repeated to SCENES, with short flights. */
function soakScript() {
  const base = JSON.parse(readFileSync(join(ROOT, 'data/briefings/default.json'), 'utf8'));
  const scenes = Array.from({ length: SCENES }, (_, i) => {
    const s = base.scenes[i % base.scenes.length];
    return { ...s, id: `${s.id}-${i + 1}`, camera: { ...s.camera, duration: 250 } };
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

async function heapAt(page, cdp, scene) {
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid="briefing-count"]')?.textContent?.includes(`第 ${n} /`),
    scene,
    { timeout: 600000, polling: 50 },
  );
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
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
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    const t0 = Date.now();
    await page.goto(
      `http://127.0.0.1:${port}/?briefingSrc=/bench-briefing/soak.json&autoplay=${INTERVAL_S}`,
    );
    // No wait for the map's first idle: with a scene every 0.3 s the camera never rests.
    await page.waitForSelector('[data-testid="briefing-count"]', { timeout: 180000 });
    const heap50 = await heapAt(page, cdp, CHECKPOINT);
    const heapEnd = await heapAt(page, cdp, SCENES);
    const growth = (heapEnd - heap50) / heap50;
    const result = {
      scenes: SCENES,
      intervalS: INTERVAL_S,
      heapAtScene50MB: +(heap50 / 2 ** 20).toFixed(2),
      heapAtLastSceneMB: +(heapEnd / 2 ** 20).toFixed(2),
      growthPercent: +(growth * 100).toFixed(2),
      errors,
      wallSeconds: Math.round((Date.now() - t0) / 1000),
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
  }
}

await main();
