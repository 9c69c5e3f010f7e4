// A scene authored with a user zone (an imported polygon layer used as a zone), the in-view
// filter, a drawn circle and a selected record: the editor lists them, export carries them, the
// scene replays the same filter, and in a browser without that zone it says so and plays the rest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as turf from '@turf/turf';
import { landedView, waitForHeading } from './briefing-helpers.mjs';
import { launch, openApp, SHOTS, settle, waitForIdle } from './browser.mjs';
import { numberIn, records } from './data.mjs';
import { IMPORT_FIXTURES, importBoundaryAsZone } from './user-zone-helpers.mjs';

const NAME = '场景测试区域';
const START = '#map=12/29.345/106.32&f=o:106.32,29.345,2&sel=e:real-e-swa&lang=zh';
const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), timeout: 120000 });
const fPart = (page) =>
  page.evaluate(() => decodeURIComponent(window.location.hash.match(/[#&]f=([^&]*)/)?.[1] ?? ''));
const withoutBox = (f) =>
  f
    .split(';')
    .filter((p) => !p.startsWith('b:'))
    .join(';');

async function addUserZone(page) {
  await importBoundaryAsZone(page, NAME);
  await page.getByRole('tab', { name: '筛选' }).click();
  await page.getByRole('checkbox', { name: new RegExp(NAME) }).check({ timeout: 60000 });
  await page.getByRole('checkbox', { name: '仅统计当前视野内' }).check();
  await page.waitForFunction(() => /f=[^&]*u%3Al|f=[^&]*u:l/.test(window.location.hash));
}

const boundary = JSON.parse(readFileSync(join(IMPORT_FIXTURES, 'ui-boundary.geojson'), 'utf8'))
  .features[0];

/**
 * The independent recount: enterprises (from the file, with turf) within 2 km of the circle's
 * centre, inside the in-view box the link reports now, and inside the user zone if asked.
 */
async function recount(page, inZone) {
  const f = await fPart(page);
  const [w, s, e, n] = f
    .match(/(?:^|;)b:([^;]+)/)[1]
    .split(',')
    .map(Number);
  return records('enterprises').filter((r) => {
    const [x, y] = r.geometry.coordinates;
    if (x < w || x > e || y < s || y > n) return false;
    if (turf.distance([106.32, 29.345], [x, y], { units: 'kilometers' }) > 2) return false;
    return !inZone || turf.booleanPointInPolygon([x, y], boundary);
  }).length;
}

/** The scene's enterprise KPI once it shows `want` (or after 30 s, whatever it shows). */
async function kpiCount(page, want) {
  const read = () =>
    page.evaluate(() => document.querySelector('.briefing__kpi-value')?.textContent ?? '');
  for (let i = 0; i < 60; i++) {
    if (numberIn(await read()) === want) break;
    await page.waitForTimeout(500);
  }
  return numberIn(await read());
}

describe('a briefing scene with a user zone and the in-view filter', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('is listed, exported, replayed; elsewhere the missing zone is named', async () => {
    const one = await openApp(browser, { hash: START, width: 1920, height: 1080 });
    const page = one.page;
    await waitForIdle(page, 120000);
    await addUserZone(page);
    const authored = await fPart(page);
    assert.match(authored, /z:u:l[a-z0-9]+/);
    assert.match(authored, /b:/);
    const code = authored.match(/z:(u:l[a-z0-9]+)/)[1];

    await page.getByRole('button', { name: '编辑汇报' }).click();
    await page.getByRole('button', { name: '添加当前视图为场景' }).click();
    await page.getByLabel('标题(中文)', { exact: true }).fill('用户区域场景');
    await page.getByLabel('标题(英文)', { exact: true }).fill('A user-zone scene');
    const content = page.getByTestId('scene-content');
    await content.getByText('圆,半径 2 千米').waitFor({ timeout: 30000 });
    const text = await content.textContent();
    assert.match(text, /绘制范围\(1\)/);
    assert.match(text, /重点记录\(1\)重点企业 西南铝业/);
    assert.match(text, new RegExp(`用户区域\\(1\\)${NAME}`));
    assert.match(text, /视野筛选仅统计当前视野内:106\.\d{3}–106\.\d{3}°E/);
    await settle(page);
    await shot(page, 'briefing-editor-content-1920x1080');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    const file = join(process.cwd(), 'test-results', 'authored-user-zone.json');
    await download.saveAs(file);
    const scene = JSON.parse(readFileSync(file, 'utf8')).scenes[0];
    assert.deepEqual(scene.filter.userZones, [code]);
    assert.equal(scene.filter.inView.length, 4);
    assert.equal(scene.filter.shapes[0].kind, 'circle');

    // Replayed here (the zone exists): the same filter, the same count, no notice.
    await page.getByRole('button', { name: '播放此脚本' }).click();
    await waitForHeading(page, '用户区域场景', 60000);
    await waitForIdle(page, 120000);
    // The camera lands where it was captured; the in-view box is then the wall's own view (the
    // map is full-screen in briefing mode, so it sees more than the author's map beside panels).
    const cam = scene.camera;
    await landedView(page, [cam.zoom, cam.center[1], cam.center[0]]);
    assert.equal(withoutBox(await fPart(page)), withoutBox(authored));
    const want = await recount(page, true);
    assert.ok(want > 0, 'the scene matches some enterprises');
    assert.equal(await kpiCount(page, want), want);
    assert.equal(await page.getByTestId('briefing-missing-zones').count(), 0);
    assert.deepEqual(one.consoleErrors, []);
    await one.context.close();

    // Another browser without that layer: the scene plays and names the zone it lacks.
    const two = await openApp(browser, { width: 1920, height: 1080, locale: 'en-US' });
    await waitForIdle(two.page, 120000);
    await two.page.getByRole('button', { name: 'Edit briefing' }).click();
    await two.page.getByLabel('Import JSON').setInputFiles(file);
    await two.page.getByRole('button', { name: 'Play this script' }).click();
    await waitForHeading(two.page, 'A user-zone scene', 60000);
    const notice = two.page.getByTestId('briefing-missing-zones');
    await notice.waitFor({ timeout: 60000 });
    assert.match(await notice.textContent(), new RegExp(`not in this browser: ${code}`));
    // The rest of the scene plays: the circle and the in-view box filter, the record is named.
    await two.page.getByTestId('briefing-record').waitFor({ timeout: 60000 });
    await two.page.waitForFunction(() => {
      const f = decodeURIComponent(window.location.hash.match(/[#&]f=([^&]*)/)?.[1] ?? '');
      return f.includes('o:106.32,29.345,2') && f.includes('b:') && !f.includes('u:');
    });
    await landedView(two.page, [cam.zoom, cam.center[1], cam.center[0]]);
    const wantTwo = await recount(two.page, false);
    assert.equal(await kpiCount(two.page, wantTwo), wantTwo);
    await settle(two.page);
    await shot(two.page, 'briefing-missing-user-zone-1920x1080');
    assert.deepEqual(two.consoleErrors, []);
    await two.context.close();
  });
});
