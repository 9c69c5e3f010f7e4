// A filter click and clearing it change the shown count and the list of matching records in
// one and the same DOM update: no state a user can see (a frame) shows the new count beside the
// old list. Issue 11: a deferred list render made the sidebar change twice per click, and the
// second change held back the map's new clusters by a compositor frame.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openApp, shot, waitForIdle } from './browser.mjs';
import { records } from './data.mjs';

const enterprises = records('enterprises');

/**
 * Records, after every DOM update of the page (a MutationObserver callback runs after each
 * commit, before the next frame), the enterprise count in the filter summary, on the result
 * list's tab and in the list's "of N records" line.
 */
function watchCounts(page) {
  return page.evaluate(() => {
    const num = (s) => (s ? Number(s.replace(/,/g, '')) : null);
    const read = () => {
      const summary = document.querySelector('.filter-summary')?.textContent ?? '';
      const results = document.querySelector('.filter-results');
      const tab = [...(results?.querySelectorAll('button[aria-pressed]') ?? [])].find((b) =>
        b.textContent.startsWith('企业'),
      );
      const real = results?.querySelector('[data-testid="real-count"]')?.textContent ?? '';
      return {
        summary: num(summary.match(/企业\s*([\d,]+)\s*家/)?.[1]),
        tab: num(tab?.textContent.match(/([\d,]+)/)?.[1]),
        listTotal: num(real.match(/共\s*([\d,]+)\s*条/)?.[1]),
      };
    };
    window.__counts = [read()];
    new MutationObserver(() => window.__counts.push(read())).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

describe('a filter change updates count and list in one render', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('choosing 氢能源 and clearing it never shows the count beside a stale list', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { width: 1920, height: 1080 });
    await waitForIdle(page);
    await page.getByRole('tab', { name: '筛选' }).click();
    await page.locator('.filter-results [data-testid="real-count"]').waitFor();
    const all = enterprises.length;
    const hydrogen = enterprises.filter((f) => f.properties.industry === '氢能源').length;
    assert.ok(hydrogen > 0 && hydrogen < all);
    await watchCounts(page);
    const shows = (n) =>
      page.waitForFunction((n) => window.__counts.at(-1).summary === n, n, { timeout: 60000 });
    await page.getByRole('checkbox', { name: '氢能源' }).check();
    await shows(hydrogen);
    await page.locator('.filter-results').scrollIntoViewIfNeeded();
    await shot(page, 'filter-one-render-hydrogen-list-1920x1080');
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await shows(all);
    await shot(page, 'filter-one-render-cleared-list-1920x1080');
    const seen = await page.evaluate(() => window.__counts);
    const mismatched = seen.filter((c) => c.summary !== c.tab || c.summary !== c.listTotal);
    assert.deepEqual(mismatched, [], 'every DOM update shows one count in summary and list');
    // The counts it went through, each run of equal ones once: all, the hydrogen ones, all.
    const steps = seen.map((c) => c.summary).filter((n, i, xs) => i === 0 || n !== xs[i - 1]);
    assert.deepEqual(steps, [all, hydrogen, all]);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});
