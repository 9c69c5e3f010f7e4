// Issue 11: navigation → idle. The first view is drawn in one frame (map/first-draw-gate.ts):
// MapLibre's frames run, but nothing is drawn until every dataset, records included, has been
// handed over and tiled. Counted in the page by wrapping WebGL's draw calls (like
// `npm run bench:nav-gl`); before the gate the default data drew 3–5 frames to idle.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openApp, shot } from './browser.mjs';

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
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});
