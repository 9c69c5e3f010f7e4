import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as turf from '@turf/turf';
import { BASE_URL, launch, openApp, SHOTS, settle, waitForIdle } from './browser.mjs';
import { records } from './data.mjs';
import { IMPORT_FIXTURES, importBoundaryAsZone } from './user-zone-helpers.mjs';

const NAME = '测试新增园区';

const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), timeout: 120000 });
const summaryHas = (page, text) =>
  page.waitForFunction(
    (t) => document.querySelector('.filter-summary')?.textContent?.includes(t),
    text,
    { timeout: 60000 },
  );
const zoneCheck = (page) => page.getByRole('checkbox', { name: new RegExp(NAME) });

/** The cells of a table's column whose header holds `name`, by row header. */
const columnOf = (table, name) =>
  table.evaluate((el, n) => {
    const at = [...el.querySelectorAll('thead th')].findIndex((th) => th.textContent.includes(n));
    const out = { header: el.querySelectorAll('thead th')[at]?.textContent ?? '' };
    for (const tr of el.querySelectorAll('tbody tr')) {
      const head = tr.querySelector('th')?.textContent ?? '';
      out[head] = tr.children[at]?.textContent ?? '';
    }
    return out;
  }, name);

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60000 }),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

describe('a polygon layer added as a new zone is a zone like the plan zones', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('filters and counts by it with the turf count (筛选, 统计, 分析, CSV), shares it in the link, keeps it on reload', async () => {
    // The independent recount: turf over the built-in enterprises file and the fixture.
    const boundary = JSON.parse(readFileSync(join(IMPORT_FIXTURES, 'ui-boundary.geojson'), 'utf8'))
      .features[0];
    const enterprises = records('enterprises');
    const inside = enterprises.filter((f) => turf.booleanPointInPolygon(f.geometry, boundary));
    const n = inside.length.toLocaleString('zh-CN');
    const real = enterprises.filter((f) => !f.properties.synthetic).length.toLocaleString('zh-CN');
    assert.ok(inside.length > 0 && inside.length < enterprises.length);

    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page, 120000);
    await importBoundaryAsZone(page, NAME);

    // 筛选: the zone is in the zone group with its count; ticking it gives turf's count.
    await page.getByRole('tab', { name: '筛选' }).click();
    const box = zoneCheck(page);
    await page.waitForFunction(
      ([name, count]) =>
        [...document.querySelectorAll('[data-testid="user-zone-check"]')].some(
          (l) => l.textContent.includes(name) && l.textContent.includes(`企业 ${count}`),
        ),
      [NAME, n],
      { timeout: 60000 },
    );

    // 统计: the zone is an area like the plan zones, marked user-provided, with turf's count.
    await page.getByRole('tab', { name: '统计' }).click();
    await page
      .getByRole('combobox', { name: '统计范围' })
      .selectOption({ label: `${NAME}（用户提供）` });
    const note = await page.getByTestId('stats-user-zone-note').textContent();
    assert.match(note, /无规划目标/);
    assert.match(note, /ui-boundary\.geojson/);
    await settle(page);
    await shot(page, 'user-zone-stats-area-1920x1080');
    await page.getByText('显示全部区域对比表').click();
    const statsColumn = await columnOf(page.locator('table.stats-table'), NAME);
    assert.match(statsColumn.header, /用户提供.*无规划目标/);
    assert.equal(statsColumn.企业数, n);
    // The zone's column is the last: scrolled to, so the screenshot shows it.
    await page.locator('.stats-table-scroll').evaluate((el) => {
      el.querySelector('thead')?.scrollIntoView({ block: 'center' });
      el.scrollLeft = el.scrollWidth;
    });
    await settle(page);
    await shot(page, 'user-zone-stats-1920x1080');

    // 分析: a row of the zone comparison (same count), a column of the location quotients,
    // and a row of the comparison CSV, user-provided with the file, no plan target in it.
    await page.getByRole('tab', { name: '分析' }).click();
    const cmp = page.getByTestId('zone-comparison');
    const row = cmp.locator('tbody tr', { has: page.getByRole('rowheader', { name: NAME }) });
    await row.waitFor({ timeout: 60000 });
    assert.match(await row.getByRole('rowheader').textContent(), /用户提供/);
    assert.equal(await row.locator('td').nth(1).textContent(), n);
    const lqHeader = await columnOf(page.getByTestId('location-quotients'), NAME);
    assert.match(lqHeader.header, /用户提供/);
    const csv = (await download(page, '导出园区对比 CSV')).slice(1).trim().split(/\r?\n/);
    const header = csv[0].split(',');
    const line = csv.find((l) => l.startsWith(`${NAME},`))?.split(',');
    assert.ok(line, 'the comparison CSV has a row for the zone');
    assert.equal(csv.length, 1 + 4 + 1, 'the four plan zones and the user zone');
    assert.equal(line[1], '用户提供（ui-boundary.geojson）');
    assert.equal(Number(line[header.indexOf('企业')]), inside.length);
    assert.ok(line.slice(header.findIndex((h) => h.includes('进度'))).includes('无规划目标'));
    await cmp.scrollIntoViewIfNeeded();
    await settle(page);
    await shot(page, 'user-zone-comparison-1920x1080');
    // Its bars in the two charts carry the badge the table row carries; no plan zone's does.
    for (const caption of ['企业密度(家/km²)', '项目投资额']) {
      const chart = page.locator('table.stats-bars', {
        has: page.locator('caption', { hasText: caption }),
      });
      const heads = await chart.getByRole('rowheader').allTextContents();
      assert.deepEqual(
        heads.filter((h) => h.includes('用户提供')),
        [`${NAME} 用户提供`],
        caption,
      );
    }
    await page.locator('table.stats-bars').first().scrollIntoViewIfNeeded();
    await settle(page);
    await shot(page, 'user-zone-comparison-bars-1920x1080');

    await page.getByRole('tab', { name: '筛选' }).click();
    const group = page.getByRole('group', { name: '所在区域' });
    assert.equal(await group.getByRole('checkbox', { name: new RegExp(NAME) }).count(), 1);
    await box.check();
    await summaryHas(page, `企业 ${n} 家`);
    // The statistics CSV says where each zone comes from, as the comparison CSV does.
    const stats = (await download(page, '统计表 · 导出 Excel (CSV)'))
      .slice(1)
      .trim()
      .split(/\r?\n/);
    assert.deepEqual(stats[0].split(',').slice(0, 2), ['区域', '区域来源']);
    const mine = stats.find((l) => l.startsWith(`${NAME}（用户提供）,`))?.split(',') ?? [];
    assert.equal(mine[1], '用户提供（ui-boundary.geojson）');
    assert.equal(Number(mine[stats[0].split(',').indexOf('企业数')]), inside.length);
    await settle(page);
    await shot(page, 'user-zone-filter-tab-1920x1080');
    const hash = await page.evaluate(() => window.location.hash);
    const code = hash.match(/f=z:(u:l[a-z0-9]+)/)?.[1];
    assert.ok(code, `the link carries the zone: ${hash}`);

    // Opened from the layers list: highlighted on the map, no plan target, the file as source.
    await page.getByRole('tab', { name: '图层' }).click();
    await page.locator('.user-zones li').getByRole('button', { name: NAME }).click();
    const panel = page.getByRole('region', { name: NAME });
    await panel.waitFor({ timeout: 60000 });
    assert.match(await panel.getByTestId('user-zone-plan-target').textContent(), /无规划目标/);
    assert.match(await panel.textContent(), /导入的边界文件 ui-boundary\.geojson（坐标系 WGS-84/);
    assert.equal(await panel.locator('.badge--schematic').count(), 0, 'not 示意范围');
    await page.waitForFunction(() => window.location.hash.includes('zone=u:'), null, {
      timeout: 30000,
    });
    await settle(page);
    await shot(page, 'user-zone-filter-1920x1080');

    // A reload keeps the filter (from the link) and the open zone.
    await page.reload();
    await waitForIdle(page, 120000);
    await page.getByRole('region', { name: NAME }).waitFor({ timeout: 60000 });
    await page.getByRole('tab', { name: '筛选' }).click();
    await summaryHas(page, `企业 ${n} 家`);
    assert.equal(await zoneCheck(page).isChecked(), true);

    // A link naming a zone this browser lacks: dropped with the notice, the rest applies.
    await page.goto(`${BASE_URL}#f=z:xipeng,u:lnothere&lang=zh`);
    await waitForIdle(page, 120000);
    const notice = page.getByRole('status').filter({ hasText: 'z:u:lnothere' });
    await notice.waitFor({ timeout: 60000 });
    await page.getByRole('tab', { name: '筛选' }).click();
    assert.equal(
      await page.getByRole('checkbox', { name: '西彭科技创新园', exact: true }).isChecked(),
      true,
    );

    // Removing the layer removes the zone from the filter and the link, nothing else.
    await page.goto(`${BASE_URL}#f=z:${code};syn:0&lang=zh`);
    await waitForIdle(page, 120000);
    await page.getByRole('tab', { name: '图层' }).click();
    await page.getByRole('button', { name: '删除 ui-boundary' }).click();
    await page.waitForFunction(() => !window.location.hash.includes('u:'), null, {
      timeout: 60000,
    });
    assert.match(await page.evaluate(() => window.location.hash), /syn:0/);
    assert.equal(await page.getByRole('status').filter({ hasText: 'u:' }).count(), 0);
    // Only the synthetic switch is left: every real enterprise matches again.
    await page.getByRole('tab', { name: '筛选' }).click();
    await summaryHas(page, `企业 ${real} 家`);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});
