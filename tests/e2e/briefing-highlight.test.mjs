import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { titles, waitForHeading } from './briefing-helpers.mjs';
import { launch, openApp, waitForIdle } from './browser.mjs';

// Names are read from the data file, not from the app.
const enterprises = JSON.parse(
  readFileSync(join(process.cwd(), 'data', 'geojson', 'enterprises.geojson'), 'utf8'),
).features.map((f) => f.properties);
const nameOf = (id) => enterprises.find((p) => p.id === id).name_zh;

const recordCard = (page) => page.getByTestId('briefing-record');

describe('briefing scenes that highlight a record', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('the Xipeng scene selects and names 西南铝业, and the next scene lets it go', async () => {
    const { context, page, consoleErrors } = await openApp(browser, {
      hash: '?briefing=default&scene=2',
      width: 1280,
      height: 800,
    });
    await waitForHeading(page, titles[1], 60000);
    await recordCard(page).waitFor({ timeout: 60000 });
    assert.match(await recordCard(page).textContent(), new RegExp(nameOf('real-e-swa')));
    // The app's own selection holds it: the shared link of this moment selects it too.
    await page.waitForFunction(() => /[#&]sel=e:real-e-swa(&|$)/.test(window.location.hash));
    await page.keyboard.press('PageDown');
    await waitForHeading(page, titles[2]);
    await recordCard(page).waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /sel=/);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('captures the selected record into an authored scene that replays after export and import', async () => {
    const id = 'real-e-guohong';
    const one = await openApp(browser, { hash: `#sel=e:${id}`, width: 1280, height: 800 });
    await waitForIdle(one.page);
    await one.page.getByRole('heading', { name: nameOf(id) }).waitFor({ timeout: 30000 });
    await one.page.getByRole('button', { name: '编辑汇报' }).click();
    await one.page.getByRole('button', { name: '添加当前视图为场景' }).click();
    await one.page.getByLabel('标题(中文)', { exact: true }).fill('国鸿氢能');
    const [download] = await Promise.all([
      one.page.waitForEvent('download'),
      one.page.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    const file = join(process.cwd(), 'test-results', 'authored-highlight.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(exported.scenes[0].highlight, { records: [`e:${id}`] });
    await one.context.close();

    const two = await openApp(browser, { width: 1280, height: 800 });
    await waitForIdle(two.page);
    await two.page.getByRole('button', { name: '编辑汇报' }).click();
    await two.page.getByLabel('导入 JSON').setInputFiles(file);
    await two.page.getByText('已导入 1 个场景。').waitFor();
    await two.page.getByRole('button', { name: '播放此脚本' }).click();
    await waitForHeading(two.page, '国鸿氢能');
    await recordCard(two.page).waitFor({ timeout: 30000 });
    assert.match(await recordCard(two.page).textContent(), new RegExp(nameOf(id)));
    assert.deepEqual(two.consoleErrors, []);
    await two.context.close();
  });
});
