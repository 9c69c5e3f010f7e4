import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, mapCentre, openApp, pixelAt, settle, shot, waitForIdle } from './browser.mjs';
import { hashAt, interiorPoint, zoneAreas } from './data.mjs';

const differs = (a, b) => a.some((v, i) => Math.abs(v - b[i]) > 3);

/** The map pixel at a point with the pointer parked off the map (a hovered zone lights up). */
async function pixelAway(page, { x, y }) {
  await page.mouse.move(5, 5);
  await settle(page);
  return pixelAt(page, x, y);
}

/** Opens the app on a zone's interior, so a stray map click would select that zone. */
async function openOnZone(browser) {
  const zones = zoneAreas();
  const zone = zones.find((z) => z.properties.zone_id === 'xipeng-park');
  const app = await openApp(browser, {
    hash: hashAt(
      interiorPoint(
        zone,
        zones.filter((z) => z !== zone),
      ),
      13,
    ),
  });
  await waitForIdle(app.page);
  await app.page.getByRole('tab', { name: '筛选' }).click();
  await settle(app.page);
  return { ...app, centre: await mapCentre(app.page) };
}

const shapeList = (page) => page.getByRole('region', { name: /已画的图形/ });
const tool = (page, name) => page.getByRole('button', { name, exact: true });

async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

describe('drawing shapes to filter by', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('draws a rectangle by dragging, lists it, and deletes it with the keyboard', async () => {
    const { context, page, consoleErrors, centre } = await openOnZone(browser);
    const { x, y } = centre;
    await tool(page, '画矩形').click();
    assert.equal(await tool(page, '画矩形').getAttribute('aria-pressed'), 'true');
    await drag(page, { x: x - 90, y: y - 60 }, { x: x + 90, y: y + 60 });
    const rows = shapeList(page).getByRole('listitem');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1);
    const text = await rows.first().textContent();
    assert.match(text, /矩形 1/);
    assert.match(text, /\d+(\.\d+)? 平方公里/);
    // One shape per pick of a tool: the map is back to selecting zones, and none was selected.
    assert.equal(await tool(page, '画矩形').getAttribute('aria-pressed'), 'false');
    assert.ok(!page.url().includes('zone='), 'the drag did not select the zone under it');
    await settle(page);
    await shot(page, 'draw-rectangle');
    const del = page.getByRole('button', { name: '删除 矩形 1' });
    await del.focus();
    await page.keyboard.press('Enter');
    await shapeList(page).getByText('还没有画图形。').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'shape-list-title');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('draws a circle with a live radius read-out, then takes a radius typed in the list', async () => {
    const { context, page, consoleErrors, centre } = await openOnZone(browser);
    const { x, y } = centre;
    const probe = { x: x + 150, y };
    const before = await pixelAway(page, probe);
    await tool(page, '画圆').click();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 100, y, { steps: 12 });
    const status = page.getByRole('status').filter({ hasText: '半径' });
    assert.match(await status.textContent(), /^半径 \d+(\.\d+)? 公里$/);
    await page.mouse.up();
    const row = shapeList(page).getByRole('listitem');
    await row.waitFor();
    assert.match(await row.textContent(), /圆 1/);
    const radius = row.getByRole('spinbutton', { name: '半径(公里)' });
    const drawnKm = Number(await radius.inputValue());
    assert.ok(drawnKm > 0, `radius ${drawnKm}`);
    assert.ok(!differs(before, await pixelAway(page, probe)), '1.5 radii out is outside');
    // Typing replaces the circle on the map: twice the radius now covers the probe.
    await radius.fill(String(Math.round(drawnKm * 2 * 100) / 100));
    await row.getByText(/半径 \d+(\.\d+)? 公里/).waitFor();
    assert.ok(differs(before, await pixelAway(page, probe)), 'the larger circle is drawn');
    await shot(page, 'draw-circle-radius');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('makes a 2 km circle from one click with 按点和半径, without selecting the zone', async () => {
    const { context, page, consoleErrors, centre } = await openOnZone(browser);
    await tool(page, '按点和半径').click();
    await page.mouse.click(centre.x, centre.y);
    const row = shapeList(page).getByRole('listitem');
    await row.waitFor();
    assert.match(await row.textContent(), /圆 1/);
    assert.equal(await row.getByRole('spinbutton', { name: '半径(公里)' }).inputValue(), '2');
    await settle(page);
    assert.ok(!page.url().includes('zone='), 'the click drew, it did not select the zone');
    assert.equal(await page.getByRole('region', { name: '西彭科技创新园' }).count(), 0);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('closes a polygon with a double-click without zooming the map', async () => {
    const { context, page, consoleErrors, centre } = await openOnZone(browser);
    const { x, y } = centre;
    const zoomBefore = page.url().match(/map=([\d.]+)/)?.[1];
    await tool(page, '画多边形').click();
    for (const [dx, dy] of [
      [-80, -60],
      [80, -60],
      [90, 50],
    ]) {
      await page.mouse.click(x + dx, y + dy);
    }
    await page.mouse.dblclick(x - 70, y + 60);
    const row = shapeList(page).getByRole('listitem');
    await row.waitFor();
    assert.match(await row.textContent(), /多边形 1/);
    await settle(page);
    assert.equal(
      page.url().match(/map=([\d.]+)/)?.[1],
      zoomBefore,
      'the double-click did not zoom',
    );
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('moves a shape in select mode, and deletes it there with the Delete key', async () => {
    const { context, page, consoleErrors, centre } = await openOnZone(browser);
    const { x, y } = centre;
    await tool(page, '画矩形').click();
    await drag(page, { x: x - 60, y: y - 40 }, { x: x + 60, y: y + 40 });
    await shapeList(page).getByRole('listitem').waitFor();
    const outside = { x: x + 150, y };
    const before = await pixelAway(page, outside);
    await tool(page, '选择与编辑').click();
    await page.mouse.click(x, y);
    await drag(page, { x, y }, { x: x + 140, y });
    assert.ok(differs(before, await pixelAway(page, outside)), 'the rectangle moved');
    assert.equal(await shapeList(page).getByRole('listitem').count(), 1);
    // The shape is still selected and the map has focus from the click.
    await page.keyboard.press('Delete');
    await shapeList(page).getByText('还没有画图形。').waitFor();
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('draws the shapes of a shared link when the page opens, without rewriting the link', async () => {
    const zones = zoneAreas();
    const zone = zones.find((z) => z.properties.zone_id === 'xipeng-park');
    const [lng, lat] = interiorPoint(
      zone,
      zones.filter((z) => z !== zone),
    );
    const f = `o:${lng.toFixed(5)},${lat.toFixed(5)},1;r:${[lng + 0.03, lat - 0.01, lng + 0.05, lat + 0.01].map((v) => v.toFixed(5)).join(',')}`;
    const { context, page, consoleErrors } = await openApp(browser, {
      hash: `${hashAt([lng, lat], 13)}&f=${f}`,
    });
    await waitForIdle(page);
    await page.getByRole('tab', { name: '筛选' }).click();
    const rows = shapeList(page).getByRole('listitem');
    await rows.nth(1).waitFor();
    assert.match(await rows.nth(0).textContent(), /圆 1.*半径 1 公里/);
    assert.match(await rows.nth(1).textContent(), /矩形 1/);
    const centre = await mapCentre(page);
    // Eight points half a radius (1 km ≈ 60 px at zoom 13) from the centre.
    const probes = Array.from({ length: 8 }, (_, i) => ({
      x: Math.round(centre.x + 30 * Math.cos((i * Math.PI) / 4)),
      y: Math.round(centre.y + 30 * Math.sin((i * Math.PI) / 4)),
    }));
    const shaded = [];
    for (const p of probes) shaded.push(await pixelAway(page, p));
    await shot(page, 'draw-from-link');
    assert.equal(new URL(page.url()).hash.match(/f=([^&]*)/)?.[1], f, 'the link is not rewritten');
    await page.getByRole('button', { name: '清除全部图形' }).click();
    await shapeList(page).getByText('还没有画图形。').waitFor();
    // The circle's fill is a light tint of the selection colour (#0a4f8a at 12 %, not a grey that
    // reads as "excluded"): each shaded pixel is 0.88 × bare + 0.12 × accent.
    const accent = [0x0a, 0x4f, 0x8a];
    let tinted = 0;
    for (const [i, p] of probes.entries()) {
      const bare = await pixelAway(page, p);
      const expected = bare.map((v, k) => 0.88 * v + 0.12 * accent[k]);
      if (shaded[i].every((v, k) => Math.abs(v - expected[k]) <= 4)) tinted++;
    }
    assert.ok(tinted >= 5, `only ${tinted} of 8 probes showed the circle's fill`);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('switches tools: one pressed at a time, Escape leaves the tool', async () => {
    const { context, page, consoleErrors } = await openOnZone(browser);
    await tool(page, '画多边形').click();
    await tool(page, '选择与编辑').click();
    assert.equal(await tool(page, '画多边形').getAttribute('aria-pressed'), 'false');
    assert.equal(await tool(page, '选择与编辑').getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Escape');
    for (const name of ['画多边形', '画矩形', '画圆', '按点和半径', '选择与编辑']) {
      assert.equal(await tool(page, name).getAttribute('aria-pressed'), 'false', name);
    }
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});
