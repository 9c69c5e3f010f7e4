// Issue 11: the labels' glyphs come from a bundled file (src/map/bundled-glyphs.ts) instead of
// being drawn with TinySDF at start-up. The first view draws none itself; without the file it
// draws them all, and the map looks the same to the pixel.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { installPngPixels, launch, openApp, waitForIdle } from './browser.mjs';

const LABEL_LAYERS = ['zone-labels', 'context-labels', 'enterprise-cluster-count'];

/** The map's glyph counts and its rendered label features, by layer. */
function glyphsAndLabels(page, layers) {
  return page.evaluate((ids) => {
    const el = document.querySelector('[data-map-state]');
    const byLayer = {};
    for (const f of el.jlpMaplibre.queryRenderedFeatures({ layers: ids }))
      byLayer[f.layer.id] = (byLayer[f.layer.id] ?? 0) + 1;
    return { bundled: el.jlpGlyphs.bundled, drawn: el.jlpGlyphs.drawn, byLayer };
  }, layers);
}

/** The map's pixels as a PNG screenshot. */
async function mapPng(page) {
  return page.screenshot({ clip: await page.locator('[data-map-state]').boundingBox() });
}

/** How many pixels differ (any channel by more than 8) between two PNGs of the same size. */
async function differingPixels(page, a, b) {
  await installPngPixels(page);
  return page.evaluate(
    async ([a64, b64]) => {
      const [x, y] = await Promise.all([window.__pngPixels(a64), window.__pngPixels(b64)]);
      if (x.width !== y.width || x.height !== y.height) return -1;
      let n = 0;
      for (let i = 0; i < x.data.length; i += 4)
        if ([0, 1, 2].some((k) => Math.abs(x.data[i + k] - y.data[i + k]) > 8)) n++;
      return n;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

describe('label glyphs', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('come from the bundled file on the first view, and look as if drawn', async () => {
    const bundled = await openApp(browser);
    await waitForIdle(bundled.page, 120_000);
    const withFile = await glyphsAndLabels(bundled.page, LABEL_LAYERS);
    for (const id of LABEL_LAYERS) assert.ok(withFile.byLayer[id] > 0, `no ${id} on the map`);
    assert.ok(withFile.bundled > 0, 'no glyph came from the file');
    assert.deepEqual(withFile.drawn, [], 'glyphs drawn at start-up');
    assert.deepEqual(bundled.consoleErrors, []);

    // The file withheld: every glyph is drawn, nothing else changes.
    const drawn = await openApp(browser, {
      routes: [['**/labels-*.bin', (route) => route.fulfill({ status: 404 })]],
    });
    await waitForIdle(drawn.page, 120_000);
    const withoutFile = await glyphsAndLabels(drawn.page, LABEL_LAYERS);
    assert.equal(withoutFile.bundled, 0);
    assert.ok(withoutFile.drawn.length >= withFile.bundled, 'fewer glyphs drawn than bundled');
    assert.deepEqual(withoutFile.byLayer, withFile.byLayer);
    // Only the withheld file's own 404 is logged.
    assert.ok(
      drawn.consoleErrors.every((e) => /404/.test(e)),
      drawn.consoleErrors.join('\n'),
    );

    const [a, b] = [await mapPng(bundled.page), await mapPng(drawn.page)];
    const differ = await differingPixels(bundled.page, a, b);
    // Identical here (the file was drawn on this machine's fonts); a few pixels of leeway for
    // antialiasing, far below the thousands a wrong or shifted glyph changes.
    assert.ok(differ >= 0 && differ <= 300, `${differ} map pixels differ`);
    await bundled.context.close();
    await drawn.context.close();
  });
});
