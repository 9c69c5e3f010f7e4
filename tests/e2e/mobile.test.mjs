import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, launch, settle, shot, waitForIdle } from './browser.mjs';

/** A phone or tablet context: touch, mobile viewport meta, the device's pixel ratio. */
async function openDevice(browser, [width, height, dpr], hash = '') {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: dpr,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${BASE_URL}${hash}`);
  await waitForIdle(page, 90000);
  await settle(page);
  return { context, page, errors };
}

/** Share of the viewport the map canvas covers, clipped to the viewport. */
function mapShare(page) {
  return page.evaluate(() => {
    const r = document.querySelector('[data-map-state]').getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    return (w * h) / (innerWidth * innerHeight);
  });
}

const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function height(locator) {
  return (await locator.boundingBox()).height;
}

describe('phones and tablets', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('390×844: a shared zone link opens on the zone with the sheet at peek and the map ≥ 60%', async () => {
    const { context, page, errors } = await openDevice(browser, [390, 844, 3], '#zone=xipeng-park');
    const panel = page.getByRole('region', { name: '西彭科技创新园' });
    await panel.waitFor();
    assert.equal(await overflow(page), 0, 'horizontal overflow');
    assert.ok((await mapShare(page)) >= 0.6, `map share ${await mapShare(page)}`);
    assert.equal(await page.locator('.sheet').getAttribute('data-sheet'), 'peek');
    // The title is the short one and fits on one line, unclipped.
    const h1 = page.getByRole('heading', { level: 1 });
    assert.equal(await h1.textContent(), '两园两带科创地图');
    const fits = await h1.evaluate((el) => el.scrollWidth <= el.clientWidth);
    assert.ok(fits, 'title clipped');
    assert.ok((await height(h1)) < 40, 'title wraps to a second line');
    // Search and language stay reachable, and every one of these is a ≥ 44 px touch target.
    const handle = page.getByRole('button', { name: /调整面板高度/ });
    for (const target of [
      page.getByRole('combobox', { name: '搜索企业、项目、区域' }),
      page.getByRole('button', { name: 'English' }),
      handle,
      panel.getByRole('button', { name: '关闭' }),
      page.getByRole('button', { name: 'Zoom in' }),
    ]) {
      assert.ok(await target.isVisible());
      assert.ok((await height(target)) >= 44, `${await target.textContent()} under 44 px`);
    }
    await shot(page, 'mobile-390x844-zone-peek');
    // Keyboard: up steps the sheet to half, a tap cycles on to full.
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForSelector('.sheet[data-sheet="half"]');
    await handle.click();
    await page.waitForSelector('.sheet[data-sheet="full"]');
    await settle(page);
    await shot(page, 'mobile-390x844-zone-full');
    // Dragging the handle down snaps back to peek.
    const box = await handle.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let y = box.y; y < 780; y += 60) await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.up();
    await page.waitForSelector('.sheet[data-sheet="peek"]');
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const device of [
    [430, 932, 1],
    [768, 1024, 1],
  ]) {
    it(`${device[0]}×${device[1]}: no overflow, tabs in the sheet, search and language reachable`, async () => {
      const { context, page } = await openDevice(browser, device);
      assert.equal(await overflow(page), 0, 'horizontal overflow');
      assert.ok((await mapShare(page)) >= 0.6);
      await page.getByRole('tab', { name: '筛选' }).click();
      await page.getByRole('tabpanel').waitFor();
      assert.ok(await page.getByRole('combobox', { name: '搜索企业、项目、区域' }).isVisible());
      assert.ok(await page.getByRole('button', { name: 'English' }).isVisible());
      await shot(page, `mobile-${device[0]}x${device[1]}`);
      await context.close();
    });
  }
});
