import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, openApp, SHOTS, settle, waitForIdle } from './browser.mjs';
import { records } from './data.mjs';
import { applyLayerAs, IMPORT_FIXTURES, importFile, layerItem } from './import-helpers.mjs';

const HAN = /\p{Script=Han}/u;
const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), timeout: 120000 });

/** Tabs through the page until `target` has the focus: it is reachable by keyboard alone. */
async function tabTo(page, target, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return i + 1;
  }
  throw new Error(`not reached with ${limit} presses of Tab`);
}

describe('bring your own data, in English', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('imports by keyboard, explains a broken file in English, and counts the register in the statistics', async () => {
    // The independent counts: the fixture and the built-in enterprises file, read here.
    const points = JSON.parse(
      readFileSync(join(IMPORT_FIXTURES, 'ui-points.geojson'), 'utf8'),
    ).features;
    const enterprises = records('enterprises');
    assert.ok(points.length > 0 && points.every((f) => f.geometry.type === 'Point'));

    const { context, page, consoleErrors } = await openApp(browser, {
      width: 1920,
      height: 1080,
      locale: 'en-US',
    });
    await waitForIdle(page, 120000);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    // The picker by keyboard: Tab to "Import data", Enter opens the system file chooser.
    const button = page.getByRole('button', { name: 'Import data', exact: true });
    await button.waitFor({ timeout: 60000 });
    await page.locator('body').focus();
    const chooser = page.waitForEvent('filechooser', { timeout: 60000 });
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(join(IMPORT_FIXTURES, 'ui-points.geojson'));
    const done = `Imported ui-points.geojson: ${points.length} features`;
    await page.getByText(done).waitFor({ timeout: 60000 });
    const item = layerItem(page, 'ui-points', 'en');
    assert.match(await item.textContent(), new RegExp(`\\b${points.length} features · Point\\b`));
    await page.getByRole('heading', { name: 'My data' }).scrollIntoViewIfNeeded();
    await settle(page);
    await shot(page, 'import-en-layer-1920x1080');

    // A broken file: an English alert naming the problem; the first layer stays listed.
    await importFile(page, 'ui-broken.geojson');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not import ui-broken.geojson' });
    await alert.waitFor({ timeout: 60000 });
    const text = await alert.textContent();
    assert.match(text, /not valid JSON/);
    assert.doesNotMatch(text, HAN, 'the message is English throughout');
    assert.equal(await page.locator('li.user-layer').count(), 1);
    assert.equal(await item.count(), 1, 'ui-points is still listed');
    await shot(page, 'import-en-broken-1920x1080');

    // The point layer used as the enterprise register (added to the built-in records): its
    // firms are counted in the English statistics, total = the two files' records.
    await applyLayerAs(
      page,
      'ui-points',
      'enterprises',
      async () => {
        const name = item.getByRole('combobox', { name: 'Name (required)' });
        assert.equal(await name.inputValue(), 'name', 'the name column is guessed');
        await item.getByRole('group', { name: 'Field mapping' }).scrollIntoViewIfNeeded();
        await shot(page, 'import-en-mapping-1920x1080');
      },
      'en',
    );
    await item.getByText('Used as the enterprise register').waitFor({ timeout: 60000 });
    await page.getByRole('tab', { name: 'Statistics' }).click();
    await page.getByText('Show table of all areas').click();
    const table = page.locator('table.stats-table');
    const total = await table.evaluate((el) => {
      const at = [...el.querySelectorAll('thead th')].findIndex((th) => th.textContent === 'Total');
      const row = [...el.querySelectorAll('tbody tr')].find(
        (tr) => tr.querySelector('th')?.textContent === 'Enterprises',
      );
      return row?.children[at]?.textContent ?? '';
    });
    assert.equal(total, (enterprises.length + points.length).toLocaleString('en'));
    assert.doesNotMatch(await page.locator('[role="tabpanel"]').textContent(), HAN);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});
