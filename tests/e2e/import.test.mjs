import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as turf from '@turf/turf';
import { strFromU8, unzipSync } from 'fflate';
import { launch, openApp, SHOTS, settle, waitForIdle } from './browser.mjs';
import { countInZone, numberIn, records } from './data.mjs';
import { applyLayerAs, IMPORT_FIXTURES, importFile, layerItem } from './import-helpers.mjs';

const fixture = (name) => join(IMPORT_FIXTURES, name);
const enterprises = records('enterprises');

/** The register fixture read here on its own: rows with both coordinates, as GeoJSON points. */
function registerRows() {
  const text = readFileSync(fixture('ui-register.csv'), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = header.split(',');
  return lines
    .map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i], v])))
    .filter((r) => r.经度 !== '' && r.纬度 !== '')
    .map((r) => turf.point([Number(r.经度), Number(r.纬度)], r));
}

/** Data rows of a CSV fixture, decoded here on its own (header and blank lines excluded). */
function csvRows(name, encoding = 'utf-8') {
  const text = new TextDecoder(encoding).decode(readFileSync(fixture(name)));
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').length - 1;
}

/** Data rows of the first sheet of an .xlsx, read from its XML here (header excluded). */
function xlsxRows(name) {
  const files = unzipSync(readFileSync(fixture(name)));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
  return (sheet.match(/<row[\s>]/g) ?? []).length - 1;
}

const placemarks = (text) => (text.match(/<Placemark>/g) ?? []).length;

/** Valid fixtures and their feature counts, each counted from the file itself. */
const VALID = [
  [
    'ui-points.geojson',
    JSON.parse(readFileSync(fixture('ui-points.geojson'), 'utf8')).features.length,
  ],
  [
    'points-epsg4545.geojson',
    JSON.parse(readFileSync(fixture('points-epsg4545.geojson'), 'utf8')).features.length,
  ],
  ['register-gbk.csv', csvRows('register-gbk.csv', 'gbk')],
  ['register.xlsx', xlsxRows('register.xlsx')],
  [
    'placemarks.kmz',
    placemarks(strFromU8(Object.values(unzipSync(readFileSync(fixture('placemarks.kmz'))))[0])),
  ],
  ['points-cgcs2000-gbk.zip', dbfRecords('points-cgcs2000-gbk.zip')],
];

/** Broken fixtures and what their alert must say. */
const BROKEN = [
  ['ui-broken.geojson', /文件不是有效的 JSON/],
  ['bad-no-coordinates.csv', /找不到经纬度列/],
  ['bad-truncated.zip', /压缩文件已损坏或不完整/],
  ['bad-empty.geojson', /空/],
];

/** Records of the .dbf in a zipped Shapefile, from the dBASE header (bytes 4–7). */
function dbfRecords(name) {
  const files = unzipSync(readFileSync(fixture(name)));
  const dbf = Object.entries(files).find(([n]) => n.endsWith('.dbf'))?.[1];
  return new DataView(dbf.buffer, dbf.byteOffset).getUint32(4, true);
}

/** A GeoJSON file of `n` points in the district, several megabytes: slow enough to cancel. */
function bigGeojson(n) {
  const features = [];
  for (let i = 0; i < n; i++) {
    const at = [106.3 + (i % 1000) * 2e-4, 29.35 + Math.floor(i / 1000) * 1e-3];
    features.push(
      `{"type":"Feature","properties":{"名称":"点${i}"},"geometry":{"type":"Point","coordinates":[${at}]}}`,
    );
  }
  return Buffer.from(`{"type":"FeatureCollection","features":[${features.join(',')}]}`);
}

/** A screenshot with a long timeout: on a loaded machine software WebGL repaints slowly. */
const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), timeout: 120000 });

async function zoneEnterpriseCount(page) {
  const text = await page.getByTestId('zone-enterprise-count').textContent();
  return numberIn(text);
}

async function waitZoneCount(page, n) {
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-testid="zone-enterprise-count"] strong')?.textContent ===
      expected.toLocaleString('zh-CN'),
    n,
    { timeout: 60000 },
  );
}

describe('bring your own data', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('imports each valid fixture with its feature count; broken ones alert and lose nothing', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page, 120000);
    let layers = 0;
    for (const [name, expected] of VALID) {
      await importFile(page, name);
      await page.getByText(`已导入 ${name}`).waitFor({ timeout: 60000 });
      layers += 1;
      const item = page.locator('li.user-layer').nth(layers - 1);
      assert.match(await item.textContent(), new RegExp(`${expected} 个要素`), name);
      if (name === 'ui-points.geojson') await shot(page, 'import-layer-1920x1080');
    }
    for (const [name, message] of BROKEN) {
      await importFile(page, name);
      const alert = page.getByRole('alert').filter({ hasText: `无法导入 ${name}` });
      await alert.waitFor({ timeout: 60000 });
      assert.match(await alert.textContent(), message, name);
      assert.equal(await page.locator('li.user-layer').count(), layers, `${name} keeps the layers`);
    }
    await shot(page, 'import-broken-alert-1920x1080');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('offers the conversion when a file looks offset, and re-imports it in that CRS', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page, 120000);
    await importFile(page, 'edge-gcj02.geojson');
    await page.getByText('已导入 edge-gcj02.geojson').waitFor({ timeout: 60000 });
    const item = layerItem(page, 'edge-gcj02');
    const warning = item.getByRole('alert');
    assert.match(await warning.textContent(), /偏移/);
    await shot(page, 'import-offset-1920x1080');
    await item.getByRole('button', { name: '按 GCJ-02 重新导入' }).click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('li.user-layer .user-layer__summary')
          ?.textContent?.includes('GCJ-02'),
      null,
      { timeout: 60000 },
    );
    assert.equal(await item.getByRole('alert').count(), 0, 'the warning is gone');
    assert.equal(await page.locator('li.user-layer').count(), 1, 'the same layer, converted');

    // A big file shows a moving progress bar and can be cancelled, leaving the layer alone. It is
    // big enough (200,000 points, 19 MB) that the import is still running after the screenshot
    // on a quiet machine; with 80,000 it could finish first, and the cancel button was gone.
    await page.locator('input[type="file"]').setInputFiles(
      {
        name: 'big.geojson',
        mimeType: 'application/geo+json',
        buffer: bigGeojson(200_000),
      },
      { timeout: 120000 },
    );
    const bar = page.getByRole('progressbar', { name: /正在导入 big\.geojson/ });
    await bar.waitFor({ timeout: 60000 });
    assert.ok(Number(await bar.getAttribute('aria-valuemax')) === 100);
    await shot(page, 'import-progress-1920x1080');
    await page.getByRole('button', { name: '取消导入' }).click();
    await bar.waitFor({ state: 'detached', timeout: 10000 });
    assert.equal(await page.getByRole('alert').filter({ hasText: 'big.geojson' }).count(), 0);
    assert.equal(await page.locator('li.user-layer').count(), 1, 'the cancelled file adds nothing');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('an imported register flows into zone counts, filters and the CSV export', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page, 120000);
    const rows = registerRows();
    await importFile(page, 'ui-register.csv');
    await page.getByText('已导入 ui-register.csv').waitFor({ timeout: 60000 });
    const skipped = page.getByRole('alert').filter({ hasText: '条记录未导入' });
    assert.match(await skipped.textContent(), /第 10 行/, 'the row without coordinates is listed');
    assert.match(
      await layerItem(page, 'ui-register').textContent(),
      new RegExp(`${rows.length} 个要素`),
    );
    await applyLayerAs(page, 'ui-register', 'enterprises', async () => {
      const mapping = layerItem(page, 'ui-register').getByRole('group', { name: '字段对应' });
      const name = mapping.getByRole('combobox', { name: '名称（必填）' });
      assert.equal(await name.inputValue(), '企业名称', 'the name column is guessed');
      await mapping.scrollIntoViewIfNeeded();
      await shot(page, 'import-mapping-1920x1080');
    });

    // Zone counts: built-in enterprises plus the imported rows inside the zone, by turf.
    await page.getByRole('button', { name: '西彭科技创新园' }).first().click();
    const expectedZone = countInZone(enterprises, 'xipeng-park') + countInZone(rows, 'xipeng-park');
    await waitZoneCount(page, expectedZone);
    assert.ok(countInZone(rows, 'xipeng-park') > 0, 'the fixture puts rows in the park');

    // Filters: 氢能源 matches the built-in and the imported hydrogen firms.
    await page.getByRole('tab', { name: '筛选' }).click();
    await page
      .getByRole('group', { name: '产业(企业)' })
      .getByRole('checkbox', { name: '氢能源' })
      .check();
    const hydrogen =
      enterprises.filter((f) => f.properties.industry === '氢能源').length +
      rows.filter((f) => f.properties.所属行业 === '氢能源').length;
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('.filter-summary')
          ?.textContent?.includes(`企业 ${n.toLocaleString('zh-CN')} 家`),
      hydrogen,
      { timeout: 60000 },
    );

    // Export: the imported firms are in the CSV, with the file as their source.
    await page.getByRole('tab', { name: '筛选' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '企业名单 · 导出 Excel (CSV)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.slice(1).trim().split(/\r?\n/);
    assert.equal(lines.length - 1, hydrogen);
    assert.ok(csv.includes('测试导入企业甲'), 'an imported firm is exported');
    assert.ok(csv.includes('ui-register.csv'), 'with its file as source');
    assert.ok(!csv.includes('测试导入企业丙'), 'a non-hydrogen imported firm is filtered out');
    await shot(page, 'import-register-stats-1920x1080');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('a point layer feeds the projects; a register in replace mode stands in for the enterprises', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page, 120000);
    const points = JSON.parse(readFileSync(fixture('ui-points.geojson'), 'utf8')).features;
    const projects = records('projects');
    const rows = registerRows();
    const summary = page.locator('.filter-summary');
    const waitSummary = (text) =>
      page.waitForFunction(
        (t) => document.querySelector('.filter-summary')?.textContent?.includes(t),
        text,
        { timeout: 60000 },
      );

    // Points used as projects: no status column, so each counts as 规划 (and says so).
    await importFile(page, 'ui-points.geojson');
    await page.getByText('已导入 ui-points.geojson').waitFor({ timeout: 60000 });
    await applyLayerAs(page, 'ui-points', 'projects');
    await page.getByRole('tab', { name: '筛选' }).click();
    await page
      .getByRole('group', { name: '项目状态' })
      .getByRole('checkbox', { name: '规划' })
      .check();
    const planned = projects.filter((f) => f.properties.status === '规划').length + points.length;
    await waitSummary(`项目 ${planned.toLocaleString('zh-CN')} 个`);
    await page.getByRole('button', { name: '清除全部筛选' }).click();

    // The register replaces the built-in enterprises: the count is the file's own.
    await page.getByRole('tab', { name: '图层' }).click();
    await importFile(page, 'ui-register.csv');
    await page.getByText('已导入 ui-register.csv').waitFor({ timeout: 60000 });
    await applyLayerAs(page, 'ui-register', 'enterprises', async () => {
      await layerItem(page, 'ui-register').getByRole('radio', { name: /替换/ }).check();
    });
    await page.getByRole('tab', { name: '筛选' }).click();
    const allProjects = projects.length + points.length;
    await waitSummary(`企业 ${rows.length} 家,项目 ${allProjects.toLocaleString('zh-CN')} 个`);

    // Synthetic records are now only built-in projects: the badge stays, and hiding them
    // leaves every imported firm and the real projects.
    const synthetic = projects.filter((f) => f.properties.synthetic).length;
    assert.ok(synthetic > 0, 'the built-in projects include synthetic ones');
    assert.equal(await page.locator('.badge--synthetic.badge--topbar').count(), 1);
    await page.getByRole('checkbox', { name: '显示模拟数据' }).first().uncheck();
    await waitSummary(`企业 ${rows.length} 家,项目 ${allProjects - synthetic} 个`);
    assert.equal(await page.locator('.badge--synthetic.badge--topbar').count(), 0);
    await shot(page, 'import-replace-1920x1080');
    assert.ok((await summary.textContent()).includes(`企业 ${rows.length} 家`));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('an imported boundary replaces a zone, its counts follow turf, and a reload keeps it', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page, 120000);
    const boundary = JSON.parse(readFileSync(fixture('ui-boundary.geojson'), 'utf8')).features[0];
    const inside = enterprises.filter((f) => turf.booleanPointInPolygon(f.geometry, boundary));
    const schematic = countInZone(enterprises, 'xipeng-park');
    assert.ok(inside.length > 0 && inside.length !== schematic, 'the boundary changes the count');

    // Dropped on the map this time: the drop target shows while a file is dragged over.
    const dropped = await page.evaluateHandle(
      (text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'ui-boundary.geojson', { type: 'application/geo+json' }));
        return dt;
      },
      readFileSync(fixture('ui-boundary.geojson'), 'utf8'),
    );
    await page.locator('[data-map-state]').dispatchEvent('dragenter', { dataTransfer: dropped });
    const target = page.getByTestId('import-drop');
    await target.waitFor({ state: 'visible' });
    assert.match(await target.textContent(), /松开鼠标，导入此文件/);
    await shot(page, 'import-drop-target-1920x1080');
    await target.dispatchEvent('dragover', { dataTransfer: dropped });
    await target.dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByText('已导入 ui-boundary.geojson').waitFor({ timeout: 60000 });
    assert.equal(await target.isVisible(), false, 'the drop target goes away');
    await applyLayerAs(page, 'ui-boundary', 'zone');
    await page.getByRole('button', { name: '西彭科技创新园' }).first().click();
    const panel = page.getByRole('region', { name: '西彭科技创新园' });
    await waitZoneCount(page, inside.length);
    assert.equal(await zoneEnterpriseCount(page), inside.length);
    assert.equal(await panel.locator('.badge--schematic').count(), 0, 'no longer 示意范围');
    assert.ok(
      (await panel.textContent()).includes('ui-boundary.geojson'),
      'the file is its source',
    );
    await settle(page);
    await shot(page, 'import-boundary-zone-1920x1080');

    await page.reload();
    await waitForIdle(page, 120000);
    await layerItem(page, 'ui-boundary').waitFor({ timeout: 60000 });
    await page.getByRole('button', { name: '西彭科技创新园' }).first().click();
    await waitZoneCount(page, inside.length);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('a boundary added as a new zone lists, counts (by turf) and keeps its records', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page, 120000);
    const boundary = JSON.parse(readFileSync(fixture('ui-boundary.geojson'), 'utf8')).features[0];
    const rows = registerRows();
    const inside = (list) => list.filter((f) => turf.booleanPointInPolygon(f.geometry, boundary));
    const expected = inside(enterprises).length + inside(rows).length;
    assert.ok(inside(rows).length > 0, 'the register puts firms inside the boundary');

    await importFile(page, 'ui-register.csv');
    await page.getByText('已导入 ui-register.csv').waitFor({ timeout: 60000 });
    await applyLayerAs(page, 'ui-register', 'enterprises');
    await importFile(page, 'ui-boundary.geojson');
    await page.getByText('已导入 ui-boundary.geojson').waitFor({ timeout: 60000 });
    await applyLayerAs(page, 'ui-boundary', 'newZone', async () => {
      const item = layerItem(page, 'ui-boundary');
      const zh = item.getByRole('textbox', { name: '区域名称（中文）' });
      assert.equal(await zh.inputValue(), 'ui-boundary', 'named after the file by default');
      await zh.fill('测试新增园区');
      await item.getByRole('textbox', { name: '区域名称（英文）' }).fill('Test added park');
    });

    // Listed after the plan's zones, marked user-provided with the file as its source.
    const row = page.locator('.user-zones li').filter({ hasText: '测试新增园区' });
    await row.waitFor({ timeout: 60000 });
    assert.match(await row.textContent(), /用户提供/);
    assert.match(await row.textContent(), /来源：ui-boundary\.geojson/);
    await row.getByRole('button', { name: '测试新增园区' }).click();
    const panel = page.getByRole('region', { name: '测试新增园区' });
    await panel.waitFor({ timeout: 60000 });
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="user-zone-enterprise-count"] strong')?.textContent ===
        n.toLocaleString('zh-CN'),
      expected,
      { timeout: 60000 },
    );
    assert.equal(await panel.locator('.badge--schematic').count(), 0, 'not 示意范围');
    assert.ok((await panel.textContent()).includes('ui-boundary.geojson'));
    assert.match(
      await panel.textContent(),
      new RegExp(`区域内企业\\(${expected.toLocaleString('zh-CN')}\\)`),
    );
    await settle(page);
    await shot(page, 'import-new-zone-1920x1080');

    // Statistics by zone list it too: a column of the all-areas table, user-provided.
    await page.getByRole('tab', { name: '统计' }).click();
    await page.getByText('显示全部区域对比表').click();
    const column = page.locator('table.stats-table thead th', { hasText: '测试新增园区' });
    await column.waitFor({ timeout: 60000 });
    assert.match(await column.textContent(), /用户提供/);
    const at = await column.evaluate((th) => th.cellIndex);
    const enterpriseRow = page.locator('table.stats-table tbody tr', {
      has: page.getByRole('rowheader', { name: '企业数', exact: true }),
    });
    assert.equal(
      await enterpriseRow.locator(':scope > *').nth(at).textContent(),
      expected.toLocaleString('zh-CN'),
    );

    // A reload keeps the zone with its layer.
    await page.reload();
    await waitForIdle(page, 120000);
    await page.getByRole('tab', { name: '图层' }).click();
    await page.locator('.user-zones li').filter({ hasText: '测试新增园区' }).waitFor({
      timeout: 60000,
    });
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});
