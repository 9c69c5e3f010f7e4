import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { heading, landedView, titles, waitForHeading } from './briefing-helpers.mjs';
import { launch, openApp, pixelAt, SHOTS, settle, shot, waitForIdle } from './browser.mjs';

const isBlack = (rgb) => rgb.every((v) => v <= 2);

/** The map's data-* report: display scale, canvas backing store, zone label text size. */
const mapReport = (page) => page.locator('[data-map-state]').evaluate((el) => ({ ...el.dataset }));

describe('briefing mode', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('tours the default script with the clicker keys, Home and the black screen', async () => {
    const { context, page, consoleErrors, offLoopback } = await openApp(browser, {
      hash: '?briefing=default',
      width: 1920,
      height: 1080,
    });
    await waitForIdle(page);
    assert.equal(await heading(page), titles[0]);
    const fontPx = await page
      .locator('.briefing h2')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontPx >= 28, `caption heading is ${fontPx}px`);
    for (let i = 1; i <= 5; i++) {
      await page.keyboard.press('PageDown');
      await waitForHeading(page, titles[i]);
    }
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await waitForHeading(page, titles[2]);
    await page.keyboard.press('Home');
    await waitForHeading(page, titles[0]);
    await page.waitForTimeout(3000);
    await settle(page);
    await shot(page, 'briefing-1920x1080');
    assert.ok(!isBlack(await pixelAt(page, 960, 540)), 'map visible before B');
    await page.keyboard.press('b');
    await settle(page);
    assert.ok(isBlack(await pixelAt(page, 960, 540)), 'B blacks the screen');
    assert.ok(isBlack(await pixelAt(page, 200, 60)), 'the caption is blacked out too');
    await page.keyboard.press('b');
    await settle(page);
    assert.ok(!isBlack(await pixelAt(page, 960, 540)), 'B again brings the map back');
    assert.equal(await heading(page), titles[0]);
    await page.keyboard.press('Escape');
    await page.locator('.briefing').waitFor({ state: 'detached' });
    assert.ok(await page.getByRole('button', { name: '汇报模式' }).isVisible());
    assert.deepEqual(consoleErrors, []);
    // The briefing room has no internet: nothing was fetched from anywhere but this server.
    assert.deepEqual(offLoopback, []);
    await context.close();
  });

  it('replays an authored scene’s camera and filter after export and import', async () => {
    const view = '#map=12.3/29.52/106.47&f=i:hydrogen';
    const one = await openApp(browser, { hash: view, width: 1920, height: 1080 });
    await waitForIdle(one.page);
    await one.page.getByRole('button', { name: '编辑汇报' }).click();
    await one.page.getByRole('button', { name: '添加当前视图为场景' }).click();
    await one.page.getByLabel('标题(中文)', { exact: true }).fill('氢能企业');
    const [download] = await Promise.all([
      one.page.waitForEvent('download'),
      one.page.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    // Kept outside the context: its downloads are deleted when it closes.
    const file = join(process.cwd(), 'test-results', 'authored-briefing.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(exported.scenes[0].title_zh, '氢能企业');
    assert.deepEqual(exported.scenes[0].filter.industries, ['氢能源']);
    assert.deepEqual(exported.scenes[0].camera.center, [106.47, 29.52]);
    assert.equal(exported.scenes[0].camera.zoom, 12.3);
    await one.context.close();

    // A fresh context: nothing in IndexedDB, the file is the only way in.
    const two = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(two.page);
    await two.page.getByRole('button', { name: '编辑汇报' }).click();
    await two.page.getByLabel('导入 JSON').setInputFiles(file);
    await two.page.getByText('已导入 1 个场景。').waitFor();
    await two.page.getByRole('button', { name: '播放此脚本' }).click();
    await waitForHeading(two.page, '氢能企业');
    const [zoom, lat, lng] = await landedView(two.page, [12.3, 29.52, 106.47]);
    assert.ok(Math.abs(zoom - 12.3) < 0.02, `zoom ${zoom}`);
    assert.ok(Math.abs(lat - 29.52) < 1e-4 && Math.abs(lng - 106.47) < 1e-4, `${lat},${lng}`);
    assert.match(two.page.url(), /[#&]f=i:hydrogen(&|$)/);
    await two.context.close();
  });

  it('keeps the presenter window and the main window on the same scene', async () => {
    const main = await openApp(browser, { hash: '?briefing=default', width: 1280, height: 800 });
    await waitForIdle(main.page);
    await heading(main.page);
    const presenter = await main.context.newPage();
    await presenter.goto(main.page.url().replace(/\?.*$/, '?presenter'));
    const scene = (p) => p.locator('.presenter__scene-title');
    await presenter.waitForFunction(
      (t) => document.querySelector('.presenter__scene-title')?.textContent === t,
      titles[0],
    );
    await presenter.keyboard.press('PageDown');
    await waitForHeading(main.page, titles[1]);
    assert.equal(await scene(presenter).textContent(), titles[1]);
    await main.page.keyboard.press('PageDown');
    await presenter.waitForFunction(
      (t) => document.querySelector('.presenter__scene-title')?.textContent === t,
      titles[2],
    );
    assert.equal(await heading(main.page), titles[2]);
    await presenter.getByRole('button', { name: '下一页' }).click();
    await waitForHeading(main.page, titles[3]);
    assert.equal(await scene(presenter).textContent(), titles[3]);
    assert.match(await presenter.locator('.presenter__notes').textContent(), /\S/);
    await shot(presenter, 'briefing-presenter');
    await main.context.close();
  });

  it('renders walls at full resolution with labels scaled to the viewport', async () => {
    // One page resized through the three sizes (a window moved onto the wall): loading the
    // data three times at wall sizes costs minutes of software rendering.
    const { context, page, consoleErrors } = await openApp(browser, {
      hash: '?briefing=default&scene=2',
      width: 1920,
      height: 1080,
    });
    await waitForIdle(page, 120000);
    await waitForHeading(page, titles[1]);
    const sizes = {};
    for (const [width, height] of [
      [1920, 1080],
      [3840, 2160],
      [5120, 1440],
    ]) {
      await page.setViewportSize({ width, height });
      await page.waitForFunction(
        (w) => document.querySelector('[data-map-state]')?.dataset.canvasSize?.startsWith(`${w}x`),
        width,
        { timeout: 60000 },
      );
      await page.waitForTimeout(1500);
      await settle(page);
      sizes[width] = await mapReport(page);
      // Software rendering of a 7-megapixel page can take longer than the helper's 30 s.
      const path = join(SHOTS, `briefing-${width}x${height}.png`);
      if (width > 1920) await page.screenshot({ path, timeout: 180000 });
    }
    const [cw, ch] = sizes[3840].canvasSize.split('x').map(Number);
    assert.ok(cw >= 3840 && ch >= 2160, `canvas ${sizes[3840].canvasSize}`);
    assert.equal(sizes[5120].canvasSize, '5120x1440');
    const ratio = Number(sizes[3840].labelSize) / Number(sizes[1920].labelSize);
    assert.ok(
      ratio >= 1.8,
      `labels grew ${ratio}× (${sizes[1920].labelSize} → ${sizes[3840].labelSize})`,
    );
    assert.deepEqual(consoleErrors, []);
    console.log('briefing wall sizes', JSON.stringify(sizes));
    await context.close();
  });
});
