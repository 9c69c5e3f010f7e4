import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as turf from '@turf/turf';
import { launch, openApp, settle, shot, waitForIdle } from './browser.mjs';
import { numberIn, records, zoneAreas } from './data.mjs';

const enterprises = records('enterprises');
const projects = records('projects');

async function openAnalysis(page) {
  await page.getByRole('tab', { name: '分析' }).click();
  await page.getByRole('heading', { name: '空间分布分析', level: 2 }).waitFor();
}

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { text: readFileSync(await file.path(), 'utf8'), name: file.suggestedFilename() };
}

const summaryCount = (page) =>
  page.getByTestId('density-summary').evaluate((el) => Number(el.dataset.count));

describe('analysis tab: density, time, zone comparison, nearby', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('hexagon grid follows the 氢能源 filter and its GeoJSON export sums to the shown count', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page);
    await openAnalysis(page);
    await page.getByRole('radio', { name: '六边形网格' }).check();
    await page.getByTestId('density-summary').waitFor();
    assert.equal(await summaryCount(page), enterprises.length);
    const all = JSON.parse((await download(page, '导出网格 GeoJSON')).text);
    await settle(page);
    await shot(page, 'analysis-hexagons-1920x1080');

    await page.getByRole('tab', { name: '筛选' }).click();
    await page
      .getByRole('group', { name: '产业(企业)' })
      .getByRole('checkbox', { name: '氢能源' })
      .check();
    await openAnalysis(page);
    const hydrogen = enterprises.filter((f) => f.properties.industry === '氢能源').length;
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="density-summary"]')?.dataset.count === String(n),
      hydrogen,
      { timeout: 90000 },
    );
    const shown = numberIn(
      (await page.getByTestId('density-summary').textContent()).split('共')[1] ?? '',
    );
    assert.equal(shown, hydrogen, 'the summary text shows the hydrogen count');
    const { text, name } = await download(page, '导出网格 GeoJSON');
    assert.match(name, /density-grid.*\.geojson$/);
    const grid = JSON.parse(text);
    const sum = grid.features.reduce((s, f) => s + f.properties.count, 0);
    assert.equal(sum, hydrogen, 'exported cells sum to the hydrogen enterprises in the file');
    assert.ok(grid.features.length < all.features.length, 'fewer cells than for every firm');
    const key = (g) => g.features.map((f) => `${f.properties.cell}:${f.properties.count}`).join();
    assert.notEqual(key(grid), key(all), 'the cells changed');
    // Every hydrogen firm lies in the hexagon of its cell (independent check with turf).
    for (const f of enterprises.filter((e) => e.properties.industry === '氢能源')) {
      const inside = grid.features.filter((c) => turf.booleanPointInPolygon(f.geometry, c));
      assert.ok(inside.length >= 1, `${f.properties.id} lies in an exported cell`);
    }
    await settle(page);
    await shot(page, 'analysis-hexagons-hydrogen-1920x1080');
    await page.getByRole('radio', { name: '热力图' }).check();
    await settle(page);
    await waitForIdle(page);
    await shot(page, 'analysis-heatmap-hydrogen-1920x1080');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('moving the year slider to 2020 leaves the records the data file dates to 2020 or before', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page);
    await openAnalysis(page);
    // As a keyboard user would: Home goes to 2015, then five steps right.
    const slider = page.getByRole('slider', { name: '截至年份' });
    await slider.focus();
    await slider.press('Home');
    for (let k = 0; k < 5; k++) await slider.press('ArrowRight');
    assert.equal(await slider.inputValue(), '2020');
    const e = enterprises.filter(
      (f) => f.properties.founded !== null && f.properties.founded <= 2020,
    );
    const p = projects.filter(
      (f) => f.properties.start_year !== null && f.properties.start_year <= 2020,
    );
    const status = page.getByTestId('year-status');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="year-status"]')?.textContent?.includes(text),
      `截至 2020 年:企业 ${e.length.toLocaleString('zh-CN')} 家,项目 ${p.length} 个`,
      { timeout: 90000 },
    );
    const unknownE = enterprises.filter((f) => f.properties.founded === null).length;
    const unknownP = projects.filter((f) => f.properties.start_year === null).length;
    assert.match(
      await status.textContent(),
      new RegExp(`年份不详的企业 ${unknownE} 家、项目 ${unknownP} 个`),
      'unknown years are counted apart and said so',
    );
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('y:~2020'), null, {
      timeout: 90000,
    });
    // Play steps "as of" through 2015…2025 and stops at the end (about 13 s).
    await page.getByRole('button', { name: /播放/ }).click();
    await page.waitForFunction(
      () =>
        /截至 20(1[6-9]|2[0-5]) 年/.test(
          document.querySelector('[data-testid="year-status"]')?.textContent,
        ),
      null,
      { timeout: 90000 },
    );
    await page.getByRole('button', { name: /播放/ }).waitFor({ timeout: 60000 });
    assert.equal(await slider.inputValue(), '2025');
    await status.getByText(/截至 2025 年/).waitFor();
    await slider.press('End');
    await slider.press('ArrowLeft');
    await slider.press('ArrowLeft');
    await slider.press('ArrowLeft');
    await slider.press('ArrowLeft');
    await slider.press('ArrowLeft');
    await status.getByText(/截至 2020 年/).waitFor();
    // The statistics tab follows the same filter.
    await page.getByRole('tab', { name: '统计' }).click();
    await page.getByText(e.length.toLocaleString('zh-CN'), { exact: true }).first().waitFor();
    await openAnalysis(page);
    await settle(page);
    await shot(page, 'analysis-year-2020-1920x1080');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('a record panel lists the nearest enterprises; the zone comparison sorts and exports one CSV row per zone', async () => {
    const real = enterprises.find((f) => !f.properties.synthetic);
    const { context, page, consoleErrors } = await openApp(browser, {
      hash: `#sel=e:${real.properties.id}`,
      width: 1920,
      height: 1080,
    });
    await waitForIdle(page);
    const nearby = page.getByTestId('nearby');
    await nearby.waitFor();
    const want = enterprises
      .filter((f) => f.properties.id !== real.properties.id)
      .map((f) => ({ name: f.properties.name_zh, km: turf.distance(real.geometry, f.geometry) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, 10);
    const shownNames = await nearby.locator('tbody tr th button').allTextContents();
    assert.deepEqual(
      shownNames,
      want.map((w) => w.name),
    );
    await nearby.scrollIntoViewIfNeeded();
    await shot(page, 'analysis-nearby-1920x1080');
    await openAnalysis(page);
    const zones = zoneAreas();
    const { text } = await download(page, '导出园区对比 CSV');
    const lines = text.slice(1).trim().split(/\r?\n/);
    assert.equal(lines.length - 1, zones.length, 'one row per zone plus the header');
    const names = lines.slice(1).map((l) => l.split(',')[0]);
    assert.deepEqual(names.sort(), zones.map((z) => z.properties.name_zh).sort());
    const table = page.getByTestId('zone-comparison');
    await table.getByRole('button', { name: '企业', exact: true }).click();
    const header = table.getByRole('columnheader', { name: /^企业/ }).first();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    const counts = await table
      .locator('tbody tr td:nth-child(3)')
      .allTextContents()
      .then((c) => c.map(numberIn));
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      'rows in descending order',
    );
    // The plan assigns hydrogen to 西彭 (zone data): its cell is marked and holds a quotient.
    const lq = page.getByTestId('location-quotients');
    const hydrogenRow = lq.locator('tr', { has: page.getByRole('rowheader', { name: '氢能源' }) });
    const xipengCell = await hydrogenRow.locator('td').first().textContent();
    assert.match(xipengCell, /★.*规划主导产业.*\d\.\d\d/);
    await lq.scrollIntoViewIfNeeded();
    await shot(page, 'analysis-comparison-lq-1920x1080');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});
