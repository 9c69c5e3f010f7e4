// Issue 11: navigation → idle. The first view is drawn in one frame (map/first-draw-gate.ts):
// MapLibre's frames run, but nothing is drawn until every dataset, records included, has been
// handed over and tiled. Counted in the page by wrapping WebGL's draw calls (like
// `npm run bench:nav-gl`); before the gate the default data drew 3–5 frames to idle.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, openApp, shot, waitForIdle } from './browser.mjs';

/** Rendered features per layer, as the map shows them now. */
function renderedLayers() {
  const el = document.querySelector('[data-map-state]');
  const layers = {};
  for (const f of el.jlpMaplibre.queryRenderedFeatures()) {
    layers[f.layer.id] = (layers[f.layer.id] ?? 0) + 1;
  }
  return { layers, state: el.dataset.mapState, firstDraw: el.dataset.firstDraw ?? null };
}

/** In the page, before any script: counts draw calls per animation frame until idle. */
function countFramesToIdle() {
  const gl = { draws: 0, frames: [], atIdle: null };
  window.__firstDraw = gl;
  const P = WebGL2RenderingContext.prototype;
  for (const name of ['drawElements', 'drawArrays']) {
    const original = P[name];
    P[name] = function (...args) {
      gl.draws++;
      return original.apply(this, args);
    };
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (fn) =>
    raf((t) => {
      const before = gl.draws;
      fn(t);
      if (gl.draws > before) gl.frames.push(gl.draws - before);
    });
  // The moment the app says idle: the frames drawn so far and what the map shows then.
  new MutationObserver(() => {
    const el = document.querySelector('[data-map-state="idle"]');
    if (!el || gl.atIdle) return;
    const layers = {};
    for (const f of el.jlpMaplibre.queryRenderedFeatures()) {
      layers[f.layer.id] = (layers[f.layer.id] ?? 0) + 1;
    }
    gl.atIdle = { frames: [...gl.frames], layers };
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
}

describe('first draw', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('draws the default data in one frame, labels and record clusters included, then reports idle', async () => {
    const { context, page, consoleErrors } = await openApp(browser, {
      width: 1920,
      height: 1080,
      init: countFramesToIdle,
    });
    try {
      await page.waitForFunction(() => window.__firstDraw?.atIdle, null, { timeout: 120_000 });
      const { frames, layers } = await page.evaluate(() => window.__firstDraw.atIdle);
      assert.equal(frames.length, 1, `frames with draw calls before idle: ${frames.join(' ')}`);
      // Everything in the first view is in that frame: zones, outlines, both label layers, the
      // records' clusters with their counts, the project sites.
      for (const id of [
        'zone-fill',
        'district-line',
        'zone-labels',
        'context-labels',
        'enterprise-clusters',
        'enterprise-cluster-count',
        'project-clusters',
        'project-cluster-count',
        'project-site-fill',
      ]) {
        assert.ok(layers[id] > 0, `${id} not drawn at idle: ${JSON.stringify(layers)}`);
      }
      await shot(page, 'first-draw-idle');
      // The one frame held every dataset (not drawn early, nor by the gate's time cap).
      assert.equal((await page.evaluate(renderedLayers)).firstDraw, 'all');
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('draws the district before the records of a dataset link arrive, the records after', async () => {
    // A link of unknown size (a million streams in for a minute): its file is held back here
    // until the test has seen the map with the zones drawn and no records.
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    let asked = false;
    const { context, page, consoleErrors } = await openApp(browser, {
      hash: '?enterprises=/e2e-held/enterprises.geojson',
      routes: [
        [
          (url) => url.pathname === '/e2e-held/enterprises.geojson',
          async (route) => {
            asked = true;
            await held;
            await route.fulfill({ path: join(process.cwd(), 'data/geojson/enterprises.geojson') });
          },
        ],
      ],
    });
    try {
      await page.waitForFunction(() => document.querySelector('[data-first-draw]'), null, {
        timeout: 120_000,
      });
      const early = await page.evaluate(renderedLayers);
      assert.ok(asked, 'the linked file was asked for');
      assert.equal(early.firstDraw, 'base', 'drawn because its datasets were in, not by the cap');
      assert.notEqual(early.state, 'idle', 'not idle while the records are missing');
      for (const id of ['zone-fill', 'district-line', 'zone-labels']) {
        assert.ok(early.layers[id] > 0, `${id} not drawn early: ${JSON.stringify(early.layers)}`);
      }
      assert.equal(early.layers['enterprise-clusters'] ?? 0, 0, 'no records drawn yet');
      await shot(page, 'first-draw-base-before-records');
      release();
      await waitForIdle(page, 120_000);
      const done = await page.evaluate(renderedLayers);
      assert.ok(
        done.layers['enterprise-clusters'] > 0,
        `records drawn at idle: ${JSON.stringify(done.layers)}`,
      );
      assert.deepEqual(consoleErrors, []);
    } finally {
      release();
      await context.close();
    }
  });
});
