import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openApp, shot, waitForIdle } from './browser.mjs';
import { countInZone, numberIn, readGeojson, records } from './data.mjs';

const enterprises = records('enterprises');

async function zoneEnterpriseCount(page) {
  const button = page.getByRole('button', { name: /^区域内企业/ });
  return numberIn(await button.textContent());
}

describe('enterprises and projects, linked to their zones', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('lists the enterprises of 西彭科技创新园, as many as turf counts in the data file', async () => {
    const { context, page, consoleErrors } = await openApp(browser, {
      hash: '#zone=xipeng-park',
      width: 1920,
      height: 1080,
    });
    await waitForIdle(page);
    const panel = page.getByRole('region', { name: '西彭科技创新园' });
    await panel.getByRole('button', { name: /^区域内企业/ }).waitFor();
    const expected = countInZone(enterprises, 'xipeng-park');
    assert.ok(expected > 100, `the fixture should put many enterprises in the park (${expected})`);
    assert.equal(await zoneEnterpriseCount(page), expected);
    const list = panel.getByRole('list', { name: /^区域内企业/ });
    const first = list.getByRole('listitem').first();
    assert.equal(await first.getAttribute('aria-setsize'), String(expected));
    assert.equal(await first.getAttribute('aria-posinset'), '1');
    await shot(page, 'zone-enterprises-1920x1080');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('opens an enterprise from the list, with the zone it lies in', async () => {
    const { context, page } = await openApp(browser, { hash: '#zone=xipeng-park' });
    await waitForIdle(page);
    const list = page.getByRole('list', { name: /^区域内企业/ });
    const firstButton = list.getByRole('listitem').first().getByRole('button');
    const name = (await firstButton.locator('.member__name').textContent()).trim();
    await firstButton.click();
    const detail = page.getByRole('region', { name });
    await detail.waitFor();
    const text = await detail.textContent();
    assert.ok(text.includes('所在区域'), 'shows where it lies');
    assert.ok(text.includes('西彭科技创新园'), 'names the park');
    assert.ok(text.includes('位置核对'), 'shows the link status');
    await page.waitForFunction(() => /sel=e(:|%3A)/.test(location.hash));
    await shot(page, 'enterprise-detail-1280x800');
    await detail.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('region', { name: '西彭科技创新园' }).waitFor();
    await context.close();
  });

  it('hiding synthetic records leaves only the real ones in the counts', async () => {
    const { context, page } = await openApp(browser, { hash: '#zone=xipeng-park' });
    await waitForIdle(page);
    await page.getByRole('button', { name: /^区域内企业/ }).waitFor();
    assert.ok(await page.getByText('含模拟数据').isVisible(), 'the synthetic badge is shown');
    await page.getByRole('checkbox', { name: '显示模拟数据' }).uncheck();
    const real = enterprises.filter((f) => !f.properties.synthetic);
    const expected = countInZone(real, 'xipeng-park');
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('button')].some((b) => b.textContent === `区域内企业(${n})`),
      expected,
    );
    assert.equal(await zoneEnterpriseCount(page), expected);
    assert.equal(await page.getByText('含模拟数据').count(), 0, 'the badge goes with them');
    await context.close();
  });

  it('finds a real enterprise by its Chinese name and by pinyin initials, and opens it', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page);
    const search = page.getByRole('combobox', { name: '搜索企业、项目、区域' });
    await search.fill('西南铝业');
    const option = page.getByRole('option', { name: /西南铝业/ }).first();
    await option.waitFor();
    await shot(page, 'search-1920x1080');
    await search.press('Enter');
    const detail = page.getByRole('region', { name: /西南铝业/ });
    await detail.waitFor();
    assert.ok((await detail.textContent()).includes('西彭科技创新园'));
    await search.fill('xpkj');
    await page
      .getByRole('option', { name: /西彭科技创新园/ })
      .first()
      .click();
    await page.getByRole('region', { name: '西彭科技创新园' }).waitFor();
    assert.equal(await detail.count(), 0, 'choosing a zone closes the record');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('skips invalid records with a reason, and keeps the zones when a whole file fails', async () => {
    const { context, page, consoleErrors } = await openApp(browser, {});
    const good = enterprises.slice(0, 3);
    const broken = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [200, 95] },
      properties: { ...good[0].properties, id: 'bad-1' },
    };
    const body = JSON.stringify({
      type: 'FeatureCollection',
      provenance: readGeojson('enterprises.geojson').provenance,
      features: [...good, broken],
    });
    await context.route(/enterprises-[\w-]+\.geojson$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await context.route(/projects-[\w-]+\.geojson$/, (route) =>
      route.fulfill({ status: 404, body: 'gone' }),
    );
    await page.reload();
    await waitForIdle(page);
    await page.getByText('有 1 条记录因数据无效被跳过').waitFor();
    await page.getByText('无法加载项目数据:文件无法读取(HTTP 404)').waitFor();
    await page.getByRole('button', { name: '查看原因' }).click();
    const quality = page.getByRole('region', { name: '数据质量' });
    await quality.getByText('bad-1').waitFor();
    await page.getByRole('tab', { name: '图层' }).click();
    assert.equal(
      await page.getByRole('checkbox', { name: '西彭科技创新园', exact: true }).isChecked(),
      true,
    );
    await page.getByRole('tab', { name: '筛选' }).click();
    assert.match(await page.locator('.filter-summary').textContent(), /企业 3 家,项目 0 个/);
    await shot(page, 'bad-input-1280x800');
    assert.deepEqual(
      consoleErrors.filter((e) => !/404/.test(e)),
      [],
    );
    await context.close();
  });

  it('opens a record from a shared link (sel=)', async () => {
    const real = enterprises.find((f) => !f.properties.synthetic);
    const { context, page } = await openApp(browser, { hash: `#sel=e:${real.properties.id}` });
    await waitForIdle(page);
    await page.getByRole('region', { name: real.properties.name_zh }).waitFor();
    await context.close();
  });
});
