import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, mapCentre, openApp, pixelAt, settle, shot, waitForIdle } from './browser.mjs';
import { hashAt, interiorPoint, zoneAreas } from './data.mjs';

const zones = zoneAreas();
const sameColour = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 3);

describe('the map of the two parks and two belts', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('opens on the district, reaches idle with no console error and no request off loopback', async () => {
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      const { context, page, consoleErrors, offLoopback } = await openApp(browser, {
        width,
        height,
      });
      await waitForIdle(page);
      await settle(page);
      await shot(page, `overview-${width}x${height}`);
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(offLoopback, []);
      assert.match(page.url(), /#map=\d+(\.\d+)?\/29\.\d+\/106\.\d+/);
      // The page itself never scrolls: only the sidebar does. (The closed attribution's
      // provenance list below the map once made it 95 px taller than the window at 1280×800.)
      const scrolled = await page.evaluate(() => {
        window.scrollTo(0, 1000);
        return { y: window.scrollY, height: document.documentElement.scrollHeight };
      });
      assert.deepEqual(scrolled, { y: 0, height }, `the page scrolls at ${width}×${height}`);
      await context.close();
    }
  });

  for (const zone of zones) {
    const id = zone.properties.zone_id;
    it(`hides and shows ${id} with its checkbox (the pixels under it change)`, async () => {
      const others = zones.filter((z) => z !== zone);
      const { context, page } = await openApp(browser, {
        hash: hashAt(interiorPoint(zone, others)),
      });
      await waitForIdle(page);
      await settle(page);
      const { x, y } = await mapCentre(page);
      const shown = await pixelAt(page, x, y);
      const box = page.getByRole('checkbox', { name: zone.properties.name_zh, exact: true });
      await box.uncheck();
      await settle(page);
      const hidden = await pixelAt(page, x, y);
      assert.ok(!sameColour(shown, hidden), `pixel stayed ${shown} after hiding ${id}`);
      await box.check();
      // Hovering a zone's row highlights the zone on the map: move away before comparing.
      await page.mouse.move(5, 5);
      await settle(page);
      assert.ok(sameColour(await pixelAt(page, x, y), shown), 'pixel came back when shown again');
      await context.close();
    });
  }

  it('opens the zone panel when a zone is clicked on the map, and closes it with Escape', async () => {
    const zone = zones.find((z) => z.properties.zone_id === 'xipeng-park');
    const others = zones.filter((z) => z !== zone);
    const { context, page } = await openApp(browser, {
      hash: hashAt(interiorPoint(zone, others), 12),
    });
    await waitForIdle(page);
    await settle(page);
    const { x, y } = await mapCentre(page);
    await page.mouse.click(x, y);
    const panel = page.getByRole('region', { name: '西彭科技创新园' });
    await panel.waitFor();
    assert.equal(await panel.getByRole('heading', { level: 2 }).textContent(), '西彭科技创新园');
    const text = await panel.textContent();
    for (const expected of ['平方公里', '示意范围', '新材料'])
      assert.ok(text.includes(expected), expected);
    await page.waitForFunction(() => location.hash.includes('zone=xipeng-park'));
    await shot(page, 'zone-panel-1280x800');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await context.close();
  });

  it('opens a zone from its name in the layers panel', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page);
    await page.getByRole('button', { name: '九龙半岛及湾区“科艺”融合发展带' }).click();
    const panel = page.getByRole('region', { name: '九龙半岛及湾区“科艺”融合发展带' });
    await panel.waitFor();
    await page.waitForTimeout(900);
    await shot(page, 'zone-panel-1920x1080');
    await panel.getByRole('button', { name: '关闭' }).click();
    await panel.waitFor({ state: 'detached' });
    await context.close();
  });

  it('switches language live, and keeps the choice across a reload', async () => {
    const { context, page } = await openApp(browser, { hash: '#zone=jiulong-park' });
    await waitForIdle(page);
    await page.getByRole('region', { name: '九龙科技创新园' }).waitFor();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('region', { name: 'Jiulong S&T Innovation Park' }).waitFor();
    for (const z of zones) {
      await page.getByRole('checkbox', { name: z.properties.name_en, exact: true }).waitFor();
    }
    assert.equal(await page.getByRole('button', { name: '中文', exact: true }).count(), 1);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await shot(page, 'english-1280x800');
    await page.reload();
    await waitForIdle(page);
    await page.getByRole('heading', { name: 'Layers', exact: true }).waitFor();
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('heading', { name: '图层', exact: true }).waitFor();
    await context.close();
  });

  it('restores the selected zone from a shared link', async () => {
    const { context, page, consoleErrors } = await openApp(browser, {
      hash: '#map=13/29.50/106.51&zone=yangjiaping-belt',
    });
    await waitForIdle(page);
    await page.getByRole('region', { name: '杨家坪智慧城市展示带' }).waitFor();
    assert.equal(
      await page.getByRole('checkbox', { name: '杨家坪智慧城市展示带' }).isChecked(),
      true,
    );
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('falls back to the default view when the link is malformed', async () => {
    const { context, page, consoleErrors } = await openApp(browser, {
      hash: '#map=abc/95/x&zone=nowhere',
    });
    await waitForIdle(page);
    assert.equal(await page.getByRole('region', { name: /科技创新园|发展带/ }).count(), 0);
    assert.match(page.url(), /#map=\d+(\.\d+)?\/29\.\d+\/106\.\d+/);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('shows an error banner in Chinese when the zones file is broken, and keeps the district', async () => {
    const { context, page } = await openApp(browser, { hash: '' });
    let fetches = 0;
    await context.route(/zones-[\w-]+\.geojson$/, (route) => {
      fetches++;
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type":"FeatureCollection","features":[{"type":"Feature"',
      });
    });
    await page.reload();
    await waitForIdle(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /无法加载“两园两带”范围数据/);
    // The banner stays, and the file is not fetched again until the user asks (a banner that
    // mounted on the failure once made every failure refetch it without end).
    const seen = fetches;
    await page.waitForTimeout(2000);
    assert.equal(fetches, seen, 'no refetch without the user asking');
    assert.ok(seen <= 2, `zones fetched ${seen} times`);
    assert.equal(await alert.isVisible(), true);
    assert.equal(await page.getByRole('checkbox', { name: '九龙坡区界' }).isChecked(), true);
    await shot(page, 'broken-zones-1280x800');
    await context.close();
  });
});
