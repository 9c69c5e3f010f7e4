import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { landedView, titles, waitForHeading } from './briefing-helpers.mjs';
import { launch, openApp } from './browser.mjs';

describe('briefing attract loop from idle', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('starts after the idle time, loops on its own and a click returns to the map as it was', async () => {
    const view = [12.3, 29.52, 106.47];
    const { context, page, consoleErrors } = await openApp(browser, {
      hash: `?idle=5&autoplay=3#map=${view.join('/')}&f=i:hydrogen`,
      width: 1280,
      height: 800,
    });
    try {
      // Not waiting for the map to rest: once the loop runs, its flights keep the camera moving.
      await page.getByRole('button', { name: '汇报模式' }).waitFor({ timeout: 60000 });
      assert.equal(await page.locator('.briefing').count(), 0, 'normal mode first');
      // Nobody touches the page: the default script starts and advances by itself.
      await waitForHeading(page, titles[0], 60000);
      await page.getByText('自动播放中').waitFor();
      await waitForHeading(page, titles[1], 60000);
      assert.doesNotMatch(page.url(), /[#&]f=i:hydrogen(&|$)/, 'the scene set its own filter');
      await page.mouse.click(640, 400);
      await page.locator('.briefing').waitFor({ state: 'detached', timeout: 10000 });
      const [zoom, lat, lng] = await landedView(page, view);
      assert.ok(Math.abs(zoom - view[0]) < 0.02, `zoom ${zoom}`);
      assert.ok(Math.abs(lat - view[1]) < 1e-4 && Math.abs(lng - view[2]) < 1e-4, `${lat},${lng}`);
      assert.match(page.url(), /[#&]f=i:hydrogen(&|$)/, 'the filter is back');
      // The click only woke the screen: it did not select a record or a zone under it.
      assert.doesNotMatch(page.url(), /[#&](sel|zone)=/);
      assert.ok(await page.getByRole('button', { name: '汇报模式' }).isVisible());
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('keeps the idle setting in this browser, off by default', async () => {
    const { context, page } = await openApp(browser, { width: 1280, height: 800 });
    try {
      await page.getByRole('button', { name: '编辑汇报' }).click({ timeout: 60000 });
      const field = page.getByLabel('空闲多久后开始');
      assert.equal(await field.inputValue(), '', 'off by default');
      await field.selectOption({ label: '5 分钟' });
      await page.reload();
      await page.getByRole('button', { name: '编辑汇报' }).click({ timeout: 60000 });
      assert.equal(await page.getByLabel('空闲多久后开始').inputValue(), '5');
    } finally {
      await context.close();
    }
  });
});
