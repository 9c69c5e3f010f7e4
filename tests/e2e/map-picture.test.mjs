import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { installPngPixels, launch, openApp, waitForIdle } from './browser.mjs';

/** 西彭科技创新园's colour (palette.ts, Okabe–Ito blue): the legend's first swatch. */
const PARK_BLUE = [0x00, 0x72, 0xb2];

describe('the map as a picture', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('exports a PNG at the screen size with the legend drawn in it', async () => {
    const { context, page } = await openApp(browser);
    await waitForIdle(page);
    const map = await page.locator('[data-map-state]').boundingBox();
    await page.getByRole('tab', { name: '统计' }).click();
    await page.getByLabel('尺寸').selectOption('1x');
    const download = page.waitForEvent('download', { timeout: 120000 });
    await page.getByRole('button', { name: '导出 PNG' }).click();
    const file = await (await download).path();
    const png = await readFile(file);
    // The PNG header's own width and height (IHDR), not the app's word for it.
    assert.equal(png.toString('ascii', 12, 16), 'IHDR');
    assert.equal(png.readUInt32BE(16), Math.round(map.width));
    assert.equal(png.readUInt32BE(20), Math.round(map.height));
    // A solid block of the park colour at least 16×10 px: map outlines are 2.5 px wide and the
    // fill is translucent, so only the legend swatch can be one.
    await installPngPixels(page);
    const found = await page.evaluate(
      async ([b64, c]) => {
        const { data, width, height } = await window.__pngPixels(b64);
        const is = (x, y) => {
          const i = (y * width + x) * 4;
          return [0, 1, 2].every((k) => Math.abs(data[i + k] - c[k]) <= 2);
        };
        for (let y = 0; y + 10 < height; y += 2)
          for (let x = 0; x + 16 < width; x += 2) {
            let all = true;
            for (let dy = 0; dy < 10 && all; dy++)
              for (let dx = 0; dx < 16 && all; dx++) all = is(x + dx, y + dy);
            if (all) return { x, y };
          }
        return null;
      },
      [png.toString('base64'), PARK_BLUE],
    );
    assert.ok(found, 'no legend swatch in the picture');
    assert.ok(found.y > map.height / 2, 'legend expected in the lower half');
    assert.match(
      await page.getByRole('status').filter({ hasText: '已导出' }).textContent(),
      new RegExp(`${Math.round(map.width)}×${Math.round(map.height)}`),
    );
    await context.close();
  });
});
