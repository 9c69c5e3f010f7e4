// A big dataset streamed in parts: 20,000 generated enterprises in 4 part files listed by a
// manifest (the way a million are loaded), served same-origin through a route; the last part is
// held back until the page has been seen mid-load (counting what has arrived). The progress bar
// must appear, grow, and reach the total; the shown count must equal a recount of the part
// files made here, not one the app computed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, launch, shot, waitForIdle } from './browser.mjs';

const LAST_PART = 'enterprises-003.geojson';
const LINK =
  '?enterprises=/e2e-stream/enterprises.manifest.json&projects=/e2e-stream/projects.geojson';
const PARTS = 4;

function generate() {
  const dir = mkdtempSync(join(tmpdir(), 'jlp-stream-'));
  const args = ['tsx', 'scripts/build-synthetic.ts', '--enterprises', '20000', '--projects', '40'];
  execFileSync('npx', [...args, '--parts', String(PARTS), '--out', dir], { stdio: 'ignore' });
  return dir;
}

/**
 * Records, from before the app starts, every value the progress bar shows and the enterprise
 * count the page shows beside it (符合条件:企业 N 家), so the test sees the load as it went.
 */
function watchProgress() {
  window.__progress = [];
  new MutationObserver(() => {
    const bar = document.querySelector('[role="progressbar"]');
    if (!bar) return;
    const now = Number(bar.getAttribute('aria-valuenow'));
    const max = bar.getAttribute('aria-valuemax');
    const shown = document.body.textContent.match(/符合条件:企业 ([\d,]+) 家/)?.[1] ?? null;
    const entry = { now, max, shown, text: bar.getAttribute('aria-valuetext') };
    const last = window.__progress.at(-1);
    if (JSON.stringify(last) !== JSON.stringify(entry)) window.__progress.push(entry);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

describe('a dataset streamed in parts (20,000 generated enterprises, 4 parts)', () => {
  let browser;
  let dir;
  let recount;
  before(async () => {
    dir = generate();
    const manifest = JSON.parse(readFileSync(join(dir, 'enterprises.manifest.json'), 'utf8'));
    assert.equal(manifest.parts.length, PARTS);
    // Independent recount: every feature of every part file (all generated records are valid).
    recount = manifest.parts
      .map((p) => JSON.parse(readFileSync(join(dir, p), 'utf8')).features.length)
      .reduce((a, b) => a + b, 0);
    assert.ok(recount > 20000, `the parts hold the real records too (${recount})`);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows progress while parts arrive, reaches the total, and counts every record', async () => {
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'zh-CN',
    });
    await context.addInitScript(watchProgress);
    let release;
    let holding = false;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await context.route(
      (url) => url.pathname.startsWith('/e2e-stream/'),
      async (route) => {
        const name = new URL(route.request().url()).pathname.split('/').pop();
        // The last part is held back until the test has seen the page mid-load.
        if (name === LAST_PART) {
          holding = true;
          await held;
        }
        await route.fulfill({ path: join(dir, name) });
      },
    );
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(`${BASE_URL}${LINK}`);
    const bar = page.getByRole('progressbar', { name: '企业数据加载进度' });
    await bar.waitFor({ timeout: 120000 });
    // The page is usable while the rest arrives: open the filters, where the count is shown.
    await page.getByRole('tab', { name: '筛选' }).click();
    const partial = await page.waitForFunction(
      (n) => {
        const shown = document.body.textContent.match(/符合条件:企业 ([\d,]+) 家/)?.[1];
        const count = Number((shown ?? '0').replace(/,/g, ''));
        const bar = document.querySelector('[role="progressbar"]');
        const read = Number(bar?.getAttribute('aria-valuenow') ?? n);
        return count > 0 && count < n && read < n ? count : false;
      },
      recount,
      { timeout: 120000, polling: 200 },
    );
    const midway = await partial.jsonValue();
    await shot(page, 'streaming-midway-1920x1080');
    assert.ok(holding, 'the last part was held back while the page was looked at');
    release();
    await page.waitForFunction((n) => window.__progress.some((s) => s.now === n), recount, {
      timeout: 120000,
      polling: 100,
    });
    await waitForIdle(page, 120000);
    const seen = await page.evaluate(() => window.__progress);
    const total = recount.toLocaleString('zh-CN');
    assert.ok(
      seen.some((s) => s.now > 0 && s.now < recount && s.max === String(recount)),
      `a value between 0 and the total was shown: ${JSON.stringify(seen)}`,
    );
    assert.ok(
      seen.every((s, i) => i === 0 || s.now >= seen[i - 1].now),
      'progress never goes back',
    );
    const last = seen.at(-1);
    assert.equal(last.now, recount);
    assert.equal(last.max, String(recount));
    assert.equal(last.text, `企业已全部加载:共 ${total} 条`);
    // While the last part was held back, the page already counted (and drew) what it had.
    assert.ok(midway >= 5000 && midway <= recount - 5000, `a partial count mid-load: ${midway}`);
    // Done: the count equals the independent recount of the part files.
    await page.waitForFunction((n) => document.body.textContent.includes(`企业 ${n} 家`), total, {
      timeout: 60000,
    });
    await shot(page, 'streaming-done-1920x1080');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
