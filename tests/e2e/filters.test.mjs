import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as turf from '@turf/turf';
import { launch, openApp, shot, waitForIdle } from './browser.mjs';
import { numberIn, records } from './data.mjs';

const enterprises = records('enterprises');
const projects = records('projects');

/** "符合条件:企业 N 家,项目 M 个" → { enterprises: N, projects: M } */
async function matched(page) {
  const text = await page.locator('.filter-summary').textContent();
  const m = text.match(/企业\s*([\d,]+)\s*家.*项目\s*([\d,]+)\s*个/);
  assert.ok(m, `no counts in "${text}"`);
  return { enterprises: numberIn(m[1]), projects: numberIn(m[2]) };
}

async function openFilters(page) {
  await page.getByRole('tab', { name: '筛选' }).click();
  await page.getByRole('heading', { name: '筛选', level: 2 }).waitFor();
}

describe('filters, statistics and sharing', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('choosing 氢能源 leaves exactly the hydrogen enterprises, and a reload keeps the counts', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page);
    await openFilters(page);
    const before = await matched(page);
    assert.equal(before.enterprises, enterprises.length);
    await page
      .getByRole('group', { name: '产业(企业)' })
      .getByRole('checkbox', { name: '氢能源' })
      .check();
    const expected = enterprises.filter((f) => f.properties.industry === '氢能源').length;
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('.filter-summary')
          ?.textContent?.includes(`企业 ${n.toLocaleString('zh-CN')} 家`),
      expected,
    );
    assert.deepEqual(await matched(page), { enterprises: expected, projects: projects.length });
    assert.match(await page.locator('.filter-summary').textContent(), /1 项筛选生效/);
    await page.waitForFunction(() => location.hash.includes('f='));
    await shot(page, 'filter-hydrogen-1920x1080');
    await page.reload();
    await waitForIdle(page);
    await openFilters(page);
    assert.deepEqual(await matched(page), { enterprises: expected, projects: projects.length });
    assert.equal(await page.getByRole('checkbox', { name: '氢能源' }).isChecked(), true);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('exports as many CSV rows as the count shown', async () => {
    const { context, page } = await openApp(browser, {});
    await waitForIdle(page);
    await openFilters(page);
    await page.getByRole('checkbox', { name: '新材料' }).check();
    const { enterprises: shown } = await matched(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '企业名单 · 导出 Excel (CSV)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff, 'starts with a BOM so Excel reads UTF-8');
    const rows = csv.slice(1).trim().split(/\r?\n/);
    assert.equal(rows.length - 1, shown, 'one row per enterprise shown, plus the header');
    assert.match(download.suggestedFilename(), /\.csv$/);
    await context.close();
  });

  it('a malformed filter in a link is ignored with a notice, and the rest still applies', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { hash: '#f=i:zz-nope;syn:0' });
    await waitForIdle(page);
    await page.getByText(/已忽略/).waitFor();
    await openFilters(page);
    const real = enterprises.filter((f) => !f.properties.synthetic).length;
    assert.equal((await matched(page)).enterprises, real);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('dragging a rectangle on the map leaves only the entities inside it', async () => {
    const { context, page } = await openApp(browser, {
      hash: '#map=12/29.335/106.305',
      width: 1280,
      height: 800,
    });
    await waitForIdle(page);
    await openFilters(page);
    await page.getByRole('button', { name: '画矩形' }).click();
    const box = await page.locator('[data-map-state]').boundingBox();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(cx - 150, cy - 100);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(cx - 150 + 30 * k, cy - 100 + 20 * k);
    await page.mouse.up();
    await page.waitForFunction(() => /[;=]r:/.test(decodeURIComponent(location.hash)));
    const hash = decodeURIComponent(new URL(page.url()).hash);
    const bbox = hash
      .match(/r:([\d.,-]+)/)[1]
      .split(',')
      .map(Number);
    const rect = turf.bboxPolygon(bbox);
    const inside = (list) =>
      list.filter((x) =>
        turf.booleanPointInPolygon(
          x.geometry.type === 'Point'
            ? x.geometry.coordinates
            : (x.properties.anchor ?? turf.pointOnFeature(x).geometry.coordinates),
          rect,
        ),
      ).length;
    const expected = inside(enterprises);
    assert.ok(expected > 0 && expected < enterprises.length, `rectangle holds ${expected}`);
    assert.equal((await matched(page)).enterprises, expected);
    await shot(page, 'filter-rectangle-1280x800');
    await context.close();
  });

  it('a rectangle in a shared link leaves only the enterprises inside it', async () => {
    const bbox = [106.28, 29.3, 106.34, 29.37];
    const { context, page } = await openApp(browser, { hash: `#f=r:${bbox.join(',')}` });
    await waitForIdle(page);
    await openFilters(page);
    const box = turf.bboxPolygon(bbox);
    const expected = enterprises.filter((f) =>
      turf.booleanPointInPolygon(f.geometry.coordinates, box),
    ).length;
    assert.ok(expected > 0);
    assert.equal((await matched(page)).enterprises, expected);
    await context.close();
  });
});
