// Issue 13: what planners and investors trip over. Each test checks what a user sees against
// facts recomputed here from the committed data files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as turf from '@turf/turf';
import { launch, openApp, shot, waitForIdle } from './browser.mjs';
import { records, zoneAreas } from './data.mjs';

const enterprises = records('enterprises');

describe('friction: results, links, records, labels, focus', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('the filter tab lists the matching records and confirms an export with file and rows', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page);
    await page.getByRole('tab', { name: '筛选' }).click();
    await page.getByRole('checkbox', { name: '新材料' }).check();
    const expected = enterprises.filter((f) => f.properties.industry === '新材料');
    const real = expected.filter((f) => !f.properties.synthetic).length;
    const list = page.getByRole('list', {
      name: `企业(${expected.length.toLocaleString('zh-CN')})`,
    });
    await list.waitFor();
    const first = list.getByRole('listitem').first();
    assert.equal(await first.getAttribute('aria-setsize'), String(expected.length));
    assert.match(
      await page.getByTestId('real-count').first().textContent(),
      new RegExp(`真实记录 ${real} 条`),
    );
    if (real > 0) {
      // Real records first by default: the first row carries no synthetic tag.
      assert.equal(await first.locator('.badge--synthetic').count(), 0);
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '企业名单 · 导出 Excel (CSV)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const rows = csv.slice(1).trim().split(/\r?\n/).length - 1;
    assert.equal(rows, expected.length);
    const status = page.getByRole('status').filter({ hasText: '已导出' });
    await status.waitFor();
    const text = await status.textContent();
    assert.ok(text.includes(download.suggestedFilename()), `file name in "${text}"`);
    assert.ok(text.includes(`${expected.length.toLocaleString('zh-CN')} 行`), `rows in "${text}"`);
    await shot(page, 'friction-filter-results-1920x1080');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('each sidebar tab opens at its top and keeps its own scroll position', async () => {
    const { context, page } = await openApp(browser, { width: 1280, height: 800 });
    await waitForIdle(page);
    const sidebar = page.locator('.sidebar');
    await page.getByRole('tab', { name: '筛选' }).click();
    // The filter tab loads on first use: wait until its content makes the sidebar scroll.
    await page.waitForFunction(() => {
      const el = document.querySelector('.sidebar');
      return el !== null && el.scrollHeight > el.clientHeight + 600;
    });
    await sidebar.evaluate((el) => {
      el.scrollTop = 600;
      el.dispatchEvent(new Event('scroll'));
    });
    const filtersTop = await sidebar.evaluate((el) => el.scrollTop);
    assert.ok(filtersTop > 0, 'the filter tab is long enough to scroll');
    await page.getByRole('tab', { name: '统计' }).click();
    assert.equal(await sidebar.evaluate((el) => el.scrollTop), 0, '统计 opens at its top');
    await page.getByRole('tab', { name: '筛选' }).click();
    assert.equal(await sidebar.evaluate((el) => el.scrollTop), filtersTop);
    await context.close();
  });

  it('a link copied in English opens in English in a fresh context; link previews resolve', async () => {
    const { context, page } = await openApp(browser, {});
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /[#&]lang=en(&|$)/);
    const og = await page.evaluate(async () => {
      const meta = (p) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
      const src = new URL(meta('og:image'), location.href).href;
      const res = await fetch(src);
      const img = new Image();
      img.src = src;
      await img.decode();
      return {
        title: meta('og:title'),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
        type: res.headers.get('content-type'),
        size: [img.naturalWidth, img.naturalHeight],
      };
    });
    assert.ok(og.title?.includes('九龙坡'), 'og:title');
    assert.ok(og.description?.length > 20, 'meta description');
    assert.equal(og.type, 'image/png');
    assert.deepEqual(og.size, [1200, 630]);
    await context.close();
    // A Chinese browser with nothing stored still opens the English link in English.
    const fresh = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1280, height: 800 },
    });
    const reader = await fresh.newPage();
    await reader.goto(link);
    await reader.getByRole('heading', { name: 'Layers', exact: true }).waitFor();
    assert.equal(await reader.evaluate(() => document.documentElement.lang), 'en');
    await fresh.close();
    // A first visit without lang follows the browser's preferred language.
    const english = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    const visitor = await english.newPage();
    await visitor.goto(new URL(link).origin);
    await visitor.getByRole('heading', { name: 'Layers', exact: true }).waitFor();
    await english.close();
  });

  it('"filter within N km" from a record panel matches a turf count and fits the circle', async () => {
    const record = enterprises.find((f) => f.properties.id === 'real-e-bosch-hydrogen');
    assert.ok(record, 'fixture record real-e-bosch-hydrogen');
    const km = 3;
    const centre = record.geometry.coordinates;
    const expected = enterprises.filter((f) => turf.distance(centre, f.geometry.coordinates) <= km);
    const { context, page } = await openApp(browser, {
      width: 1920,
      height: 1080,
      hash: '#sel=e:real-e-bosch-hydrogen',
    });
    await waitForIdle(page);
    const panel = page.getByRole('region', { name: record.properties.name_zh });
    await panel.waitFor();
    await panel.getByLabel('周边半径(公里)').fill(String(km));
    await panel.getByRole('button', { name: `筛选周边 ${km} 公里` }).click();
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('.filter-summary')
          ?.textContent?.includes(`企业 ${n.toLocaleString('zh-CN')} 家`),
      expected.length,
      { timeout: 60000 },
    );
    // The map fits the circle: its zoom is well past the district view (about 10.5).
    await page.waitForFunction(
      () => Number(/map=([\d.]+)/.exec(location.hash)?.[1]) >= 11.5,
      null,
      {
        timeout: 60000,
      },
    );
    await waitForIdle(page);
    await shot(page, 'friction-around-record-1920x1080');
    await context.close();
  });

  it('the zone list sorted by employees puts the largest first', async () => {
    const zone = zoneAreas().find((z) => z.properties.zone_id === 'jiulong-park');
    const inZone = enterprises.filter((f) =>
      turf.booleanPointInPolygon(f.geometry.coordinates, zone),
    );
    assert.equal(
      inZone.filter((f) => !f.properties.synthetic).length,
      0,
      'the fixture zone holds no real record, so "real first" does not reorder it',
    );
    const largest = Math.max(...inZone.map((f) => f.properties.employees ?? -1));
    const { context, page } = await openApp(browser, {
      width: 1920,
      height: 1080,
      hash: '#zone=jiulong-park',
    });
    const panel = page.getByRole('region', { name: '九龙科技创新园' });
    await panel.waitFor({ timeout: 60000 });
    await panel.getByRole('combobox', { name: '排序' }).selectOption('employees');
    const first = panel.getByRole('listitem').first();
    await first.waitFor();
    const name = (await first.locator('.member__name').textContent()).trim();
    const match = inZone.find((f) => f.properties.name_zh === name);
    assert.ok(match, `"${name}" is an enterprise of the zone`);
    assert.equal(match.properties.employees, largest);
    assert.match(await panel.getByTestId('real-count').textContent(), /真实记录 0 条/);
    // With synthetic records hidden the zone says it has no real data, not "投资额 0 亿元".
    await page.getByRole('tab', { name: '筛选' }).click();
    await page.getByRole('checkbox', { name: '显示模拟数据' }).uncheck();
    await panel.getByText('此区域暂无真实企业数据').waitFor();
    assert.equal(await panel.getByText('0 亿元').count(), 0);
    await context.close();
  });

  it('Escape and the close button return focus to the control that opened the panel', async () => {
    const { context, page } = await openApp(browser, { width: 1920, height: 1080 });
    await page.getByRole('tab', { name: '图层' }).waitFor();
    const opener = page.getByRole('button', { name: '九龙科技创新园', exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: '九龙科技创新园' });
    await panel.waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('.side-panel'));
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.equal(await opener.evaluate((el) => el === document.activeElement), true, 'Escape');
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await panel.getByRole('button', { name: '关闭' }).click();
    await panel.waitFor({ state: 'detached' });
    assert.equal(await opener.evaluate((el) => el === document.activeElement), true, 'close');
    // Each confidence says what it rates, in the panel's language.
    await page.keyboard.press('Enter');
    await panel.getByText('范围可信度').waitFor();
    assert.equal(await panel.getByText('数据可信度').count(), 1);
    await context.close();
  });
});
