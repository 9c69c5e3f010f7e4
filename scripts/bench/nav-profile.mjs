// Navigation profile (npm run bench:nav-profile, after npm run build): a Chromium CPU profile of
// the main thread from navigation to data-map-state="idle" on the default data, beside the bare
// MapLibre page, each grouped by where the time goes (MapLibre, React, our code, GC, native).
// Answers "what makes the app slower than the bare page", which a wall-clock ratio cannot.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';
import { prepareFixtures, ROOT, startPreview } from './browser-lib.mjs';

/** Which bucket a profile node's self time belongs to. */
function bucket(node) {
  const { url, functionName } = node.callFrame;
  if (!url) return `(${functionName || 'native'})`;
  if (/maplibre/.test(url)) return 'maplibre';
  if (/react-/.test(url)) return 'react';
  if (/\/assets\//.test(url))
    return `app:${url.replace(/.*\/assets\//, '').replace(/-[\w-]{8}\.js$/, '')}`;
  return url.replace(/.*\//, '');
}

/** MapLibre work named by its (unminified) method names up the stack: where software GL hurts. */
const PHASES = [
  ['useProgram', 'maplibre: shader programs'],
  ['_drawGlyph', 'maplibre: local glyphs (TinySDF)'],
  ['_setupPainter', 'maplibre: WebGL context set-up'],
];

function phaseOf(node, parent, memo) {
  if (memo.has(node.id)) return memo.get(node.id);
  const hit = PHASES.find(([fn]) => node.callFrame.functionName === fn)?.[1];
  const up = parent.get(node.id);
  const phase = hit ?? (up ? phaseOf(up, parent, memo) : null);
  memo.set(node.id, phase);
  return phase;
}

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const memo = new Map();
  const self = new Map();
  const fns = new Map();
  const dts = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = (dts[i + 1] ?? 0) / 1000;
    const b = phaseOf(node, parent, memo) ?? bucket(node);
    self.set(b, (self.get(b) ?? 0) + dt);
    const f = `${b} ${node.callFrame.functionName}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    fns.set(f, (fns.get(f) ?? 0) + dt);
  }
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => [k, Math.round(v)]);
  return { buckets: top(self, 25), functions: top(fns, 40) };
}

/** In a browser of its own (see freshTimeToIdle in browser-lib.mjs: shader programs are shared). */
async function profile(url, selector) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 600_000 });
  const ms = Date.now() - t0;
  const { profile: p } = await cdp.send('Profiler.stop');
  if (process.env.BENCH_RAW)
    writeFileSync(
      `${process.env.BENCH_RAW}-${url.includes('bare') ? 'bare' : 'app'}.cpuprofile`,
      JSON.stringify(p),
    );
  await context.close();
  await browser.close();
  return { ms, ...summarise(p) };
}

prepareFixtures(false, { big: false });
const server = await startPreview();
try {
  const app = await profile(server.base, '[data-map-state="idle"]');
  const bare = await profile(`${server.base}bench/bare.html`, 'body[data-state="idle"]');
  const out = { date: new Date().toISOString(), app, bare };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    process.env.BENCH_OUT ?? join(ROOT, 'bench-results/nav-profile.json'),
    JSON.stringify(out, null, 1),
  );
  for (const [name, r] of Object.entries({ app, bare })) {
    console.log(`== ${name}: ${r.ms} ms to idle`);
    for (const [k, v] of r.buckets) console.log(`  ${String(v).padStart(7)} ms  ${k}`);
  }
} finally {
  server.stop();
}
