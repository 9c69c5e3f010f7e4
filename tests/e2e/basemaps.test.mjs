import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import gcoord from 'gcoord';
import {
  installPngPixels,
  launch,
  mapCentre,
  openApp,
  pixelAt,
  settle,
  shot,
  waitForIdle,
} from './browser.mjs';
import { hashAt, interiorPoint, zoneAreas } from './data.mjs';
import { startTileServer } from './tile-server.mjs';

const TILE = [255, 0, 255]; // a colour no layer of ours uses
const KEY = { 'jlp-map.tianditu-key': 'e2e-test-key' };
/** Tianditu answers 418 (bad key or over quota) here; the others are unreachable. */
const ONLINE = [
  ['tdt-vec', '天地图 矢量', /HTTP 418:密钥无效或超出配额/],
  ['tdt-img', '天地图 影像', /HTTP 418:密钥无效或超出配额/],
  ['osm', 'OpenStreetMap 开放街图', /网络错误或请求被拦截/],
  ['ofm', 'OpenFreeMap 矢量', /网络错误或请求被拦截/],
];
/** 四川美术学院 (real-i-scfai), a real record far from every other real one. */
const RECORD = [106.5285, 29.486];
const ZOOM = 16;

/** Every request that leaves loopback is refused, as on a machine without internet. */
async function blockOffLoopback(context) {
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => route.abort('internetdisconnected'),
  );
}

/** Share of the map's pixels that have `colour` (±5 per channel), from a screenshot. */
async function shareOfColour(page, colour) {
  const box = await page.locator('[data-map-state]').boundingBox();
  const png = await page.screenshot({ clip: box });
  await installPngPixels(page);
  return page.evaluate(
    async ([b64, a]) => {
      const { data: d, width, height } = await window.__pngPixels(b64);
      let n = 0;
      for (let i = 0; i < d.length; i += 4)
        if ([0, 1, 2].every((k) => Math.abs(d[i + k] - a[k]) < 6)) n++;
      return n / (width * height);
    },
    [png.toString('base64'), colour],
  );
}

async function useCustom(page, template, crs) {
  const settings = page.getByText('底图设置');
  if (!(await page.getByLabel('瓦片地址模板').isVisible())) await settings.click();
  await page.getByLabel('瓦片地址模板').fill(template);
  await page.getByLabel('瓦片坐标系').selectOption(crs);
  await page.getByRole('button', { name: '使用此底图' }).click();
  await page.waitForFunction(() => location.hash.includes('bm=custom'));
  await page.waitForTimeout(1500);
  await settle(page);
}

describe('basemaps', () => {
  let browser;
  let tiles;
  before(async () => {
    browser = await launch();
    tiles = await startTileServer(TILE);
  });
  after(async () => {
    await browser?.close();
    await tiles?.close();
  });

  it('falls back to the offline map with a notice for every online basemap when offline', async () => {
    const { context, page, offLoopback } = await openApp(browser, { storage: KEY });
    await blockOffLoopback(context);
    await context.route(/tianditu\.gov\.cn/, (route) => route.fulfill({ status: 418, body: '' }));
    await waitForIdle(page);
    await settle(page);
    // In Chinese with a key, Tianditu is the default: it was tried first and fell back.
    const first = page.getByRole('alert').filter({ hasText: '底图“天地图 矢量”无法加载' });
    await first.waitFor({ timeout: 30000 });
    await first.getByRole('button', { name: '关闭提示' }).click();
    await settle(page);
    const { x, y } = await mapCentre(page);
    const before = await pixelAt(page, x, y);
    for (const [id, name, reason] of ONLINE) {
      // click, not check: the radio flips back to offline as soon as the tiles fail.
      await page.getByRole('radio', { name }).click();
      const notice = page.getByRole('alert').filter({ hasText: `底图“${name}”无法加载` });
      await notice.waitFor({ timeout: 30000 });
      assert.match(await notice.textContent(), reason);
      assert.ok(await page.getByRole('radio', { name: '离线底图(不联网)' }).isChecked(), id);
      await settle(page);
      // The offline map and the data are drawn as before: never a blank map.
      assert.deepEqual(await pixelAt(page, x, y), before, `${id}: map changed after fallback`);
      await shot(page, `basemap-fallback-${id}`);
      await notice.getByRole('button', { name: '关闭提示' }).click();
    }
    // Each basemap asked its own hosts: Tianditu on t0–t7 with the key, OSM, OpenFreeMap.
    assert.ok(
      offLoopback.some((u) =>
        /^https:\/\/t[0-7]\.tianditu\.gov\.cn\/img_w\/wmts\?.*tk=e2e-test-key/.test(u),
      ),
    );
    assert.ok(offLoopback.some((u) => u.startsWith('https://tile.openstreetmap.org/')));
    assert.ok(offLoopback.some((u) => u.startsWith('https://tiles.openfreemap.org/styles/')));
    await context.close();
  });

  it('draws a custom XYZ basemap from loopback under the zones, and refuses other origins', async () => {
    const zones = zoneAreas();
    const park = zones.find((z) => z.properties.zone_id === 'xipeng-park');
    const hash = hashAt(
      interiorPoint(
        park,
        zones.filter((z) => z !== park),
      ),
      12,
    );
    const { context, page } = await openApp(browser, { hash });
    await blockOffLoopback(context);
    await waitForIdle(page);
    await settle(page);
    const { x, y } = await mapCentre(page);
    const zoneBefore = await pixelAt(page, x, y);
    // An origin the CSP would not allow is refused with the reason.
    await page.getByText('底图设置').click();
    await page.getByLabel('瓦片地址模板').fill('https://tiles.example.com/{z}/{x}/{y}.png');
    await page.getByRole('button', { name: '使用此底图' }).click();
    assert.match(
      await page.getByRole('alert').filter({ hasText: '不允许的来源' }).textContent(),
      /内容安全策略/,
    );
    await useCustom(page, tiles.template, 'WGS-84');
    assert.ok(tiles.requests.length > 0, 'no tile was requested');
    const share = await shareOfColour(page, TILE);
    assert.ok(share > 0.2, `tile colour covers only ${share} of the map`);
    // The zone at the centre is still drawn over the tiles: neither the bare tile colour nor
    // the offline colour.
    const zone = await pixelAt(page, x, y);
    assert.ok(
      zone.some((v, i) => Math.abs(v - TILE[i]) > 20),
      `zone not drawn: ${zone}`,
    );
    assert.notDeepEqual(zone, zoneBefore);
    assert.match(page.url(), /bm=custom/);
    await shot(page, 'basemap-custom-loopback');
    await context.close();
  });

  it('shifts the data to GCJ-02 over a GCJ-02 basemap by the expected offset (within 20 m)', async () => {
    const hash = `#map=${ZOOM}/${RECORD[1]}/${RECORD[0]}&f=syn:0`;
    const { context, page } = await openApp(browser, { hash });
    await blockOffLoopback(context);
    await waitForIdle(page);
    await settle(page);
    const enterprises = page.getByRole('checkbox', { name: '企业与机构' });
    /** Centre of the pixels that change when the enterprise layer is hidden: the record. */
    const locate = async () => {
      const box = await page.locator('[data-map-state]').boundingBox();
      const a = await page.screenshot({ clip: box });
      await enterprises.uncheck();
      await settle(page);
      const b = await page.screenshot({ clip: box });
      await enterprises.check();
      await settle(page);
      await installPngPixels(page);
      return page.evaluate(
        async ([p, q]) => {
          const [da, db] = [await window.__pngPixels(p), await window.__pngPixels(q)];
          let sx = 0;
          let sy = 0;
          let n = 0;
          for (let i = 0; i < da.data.length; i += 4) {
            const diff =
              Math.abs(da.data[i] - db.data[i]) + Math.abs(da.data[i + 1] - db.data[i + 1]);
            if (diff > 40) {
              sx += (i / 4) % da.width;
              sy += Math.floor(i / 4 / da.width);
              n++;
            }
          }
          return n ? { x: sx / n, y: sy / n, n } : null;
        },
        [a.toString('base64'), b.toString('base64')],
      );
    };
    await useCustom(page, tiles.template, 'WGS-84');
    const wgs = await locate();
    await useCustom(page, tiles.template, 'GCJ-02');
    assert.ok(await page.getByText('地图上的数据已临时偏移到 GCJ-02 显示').isVisible());
    const gcj = await locate();
    assert.ok(wgs && gcj, 'the record was not found on the map');
    // Expected: the GCJ-02 offset at this point, in Web Mercator pixels at this zoom.
    const [lng2, lat2] = gcoord.transform(RECORD, gcoord.WGS84, gcoord.GCJ02);
    const world = 512 * 2 ** ZOOM;
    const mercY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const ex = ((lng2 - RECORD[0]) / 360) * world;
    const ey = (-(mercY(lat2) - mercY(RECORD[1])) / (2 * Math.PI)) * world;
    const metresPerPx = (40075016.686 * Math.cos((RECORD[1] * Math.PI) / 180)) / world;
    const err = Math.hypot(gcj.x - wgs.x - ex, gcj.y - wgs.y - ey) * metresPerPx;
    const offset = Math.hypot(ex, ey) * metresPerPx;
    assert.ok(offset > 100, `GCJ-02 offset here should be hundreds of metres, got ${offset}`);
    assert.ok(
      err < 20,
      `shifted by (${gcj.x - wgs.x}, ${gcj.y - wgs.y}) px, expected (${ex}, ${ey}); error ${err} m`,
    );
    await shot(page, 'basemap-custom-gcj02');
    await context.close();
  });
});
