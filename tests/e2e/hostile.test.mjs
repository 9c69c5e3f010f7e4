import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, launch, openApp, shot, waitForIdle } from './browser.mjs';
import { countInZone, numberIn, records } from './data.mjs';

// One test per class of hostile input (tests/fixtures/hostile/): the app says what it refused
// in the user's language, loads what it can, stays usable and asks no other origin for anything.

const HOSTILE = join(process.cwd(), 'tests', 'fixtures', 'hostile');
const corpus = JSON.parse(readFileSync(join(HOSTILE, 'links.json'), 'utf8'));
const ORIGIN = new URL(BASE_URL).origin;

/** A second loopback server, as tempting as possible (CORS open, valid GeoJSON): it counts. */
function startEvilServer() {
  const hits = [];
  const server = createServer((req, res) => {
    hits.push(req.url);
    res.writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    res.end('{"type":"FeatureCollection","features":[]}');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, hits, host: `127.0.0.1:${server.address().port}` }),
    );
  });
}

/**
 * A loopback server for bodies too big or too slow to commit: /big streams 110 MB of JSON
 * whitespace without a length (so the app must count while it reads), /stall sends headers
 * and then nothing. The app asks its own origin; the test routes that request here.
 */
function startFeedServer() {
  const served = { bigBytes: 0, stalls: 0 };
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const server = createServer((req, res) => {
    if (req.url === '/stall') {
      served.stalls++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.flushHeaders();
      return; // the connection stays open and silent until the test ends
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    let sent = 0;
    const pump = () => {
      while (sent < 110) {
        sent++;
        served.bigBytes += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => {
      sent = 110;
    });
    pump();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, served, base: `http://127.0.0.1:${server.address().port}` }),
    );
  });
}

/** The built-in projects as the filter summary counts them. */
async function summaryCounts(page) {
  await page.getByRole('tab', { name: '筛选' }).click();
  const text = await page.locator('.filter-summary').textContent();
  const m = text.match(/企业\s*([\d,]+)\s*家[,，]\s*项目\s*([\d,]+)\s*个/);
  assert.ok(m, `summary: ${text}`);
  return { enterprises: numberIn(m[1]), projects: numberIn(m[2]) };
}

async function zoneEnterpriseCount(page) {
  const button = page.getByRole('button', { name: /^区域内企业/ });
  await button.waitFor({ timeout: 120000 });
  return numberIn(await button.textContent());
}

describe('hostile input', () => {
  let browser;
  let evil;
  let feed;
  before(async () => {
    browser = await launch();
    evil = await startEvilServer();
    feed = await startFeedServer();
  });
  after(async () => {
    await browser?.close();
    evil?.server.close();
    feed?.server.closeAllConnections();
    feed?.server.close();
  });

  it('refuses dataset links that resolve to another origin, names them, loads the built-in data', async () => {
    const links = corpus.datasetLinks.map((l) =>
      l.replaceAll('{EVIL}', evil.host).replaceAll('{ORIGIN}', ORIGIN),
    );
    const expected = countInZone(records('enterprises'), 'xipeng-park');
    for (let i = 0; i < links.length; i += 2) {
      const [e, p] = [links[i], links[i + 1] ?? links[i]];
      const query = `?enterprises=${encodeURIComponent(e)}&projects=${encodeURIComponent(p)}`;
      const { context, page, consoleErrors, offLoopback } = await openApp(browser, {
        hash: `${query}#zone=xipeng-park`,
      });
      const alert = page.getByRole('alert').filter({ hasText: '已拒绝数据链接' });
      await alert.waitFor({ timeout: 60000 });
      const text = await alert.textContent();
      assert.ok(text.includes(`enterprises=“${e}”`), `names the refused link: ${text}`);
      assert.ok(text.includes(`projects=“${p}”`), `names the refused link: ${text}`);
      assert.ok(text.includes('已改用内置数据'));
      assert.equal(await zoneEnterpriseCount(page), expected, 'the built-in data loads');
      if (i === 0) await shot(page, 'hostile-link-1280x800');
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(offLoopback, []);
      await context.close();
    }
    assert.deepEqual(evil.hits, [], 'nothing reached the other server');
  });

  it('a shared link with out-of-range parts opens, drops them with a notice, stays usable', async () => {
    const { context, page, consoleErrors } = await openApp(browser, { hash: corpus.hashes[0] });
    await waitForIdle(page, 120000);
    const notice = page.getByRole('status').filter({ hasText: '链接中的部分筛选条件无法识别' });
    await notice.waitFor();
    const text = await notice.textContent();
    for (const part of ['y:2020~1990', 'o:106.4,29.4,1e9', 'v:~-1e10']) {
      assert.ok(text.includes(part), `names ${part}`);
    }
    await page.getByRole('tab', { name: '筛选' }).click();
    const all = records('enterprises').length;
    const summary = await page.locator('.filter-summary').textContent();
    assert.equal(numberIn(summary.slice(summary.indexOf('企业'))), all, 'no filter applied');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('hostile data files: bad records skipped with reasons, text shown as text, the rest loads', async () => {
    const { context, page, consoleErrors, offLoopback } = await openApp(browser, {});
    const serve = (name) => (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: readFileSync(join(HOSTILE, name)),
      });
    await context.route(/enterprises-[\w-]+\.geojson$/, serve('enterprises-hostile.geojson'));
    await context.route(/projects-[\w-]+\.geojson$/, serve('projects-hostile.geojson'));
    await page.reload();
    await waitForIdle(page, 120000);
    // 7 broken enterprises + 4 broken project sites, counted in the fixture README.
    await page.getByText('有 11 条记录因数据无效被跳过').waitFor();
    await page.getByRole('tab', { name: '筛选' }).click();
    assert.match(await page.locator('.filter-summary').textContent(), /企业 5 家,项目 3 个/);
    await page.getByRole('button', { name: '查看原因' }).click();
    const quality = page.getByRole('region', { name: '数据质量' });
    for (const reason of ['用地范围自相交', '用地范围顶点过多'])
      await quality.getByText(reason).first().waitFor();
    const search = page.getByRole('combobox', { name: '搜索企业、项目、区域' });
    await search.fill('恶意名称');
    await page
      .getByRole('option', { name: /<img src=x onerror=alert\(1\)>恶意名称/ })
      .first()
      .waitFor();
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'the name is text, not HTML');
    await shot(page, 'hostile-files-1280x800');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(offLoopback, []);
    await context.close();
  });

  it('ships a strict Content-Security-Policy, and the suite notices a violation', async () => {
    const response = await fetch(BASE_URL);
    const header = response.headers.get('content-security-policy') ?? '';
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      assert.ok(header.includes(d), `header has ${d}`);
    }
    assert.ok(!/unsafe-(eval|inline)/.test(header));
    const { context, page, consoleErrors, cspViolations } = await openApp(browser, {});
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    assert.ok(meta.includes("connect-src 'self' blob:"));
    // Positive control: an inline script is blocked and the watcher in browser.mjs records it.
    const ran = await page.evaluate(async () => {
      window.__inlineRan = false;
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 300));
      return window.__inlineRan;
    });
    assert.equal(ran, false, 'the inline script did not run');
    assert.ok(
      cspViolations.some((v) => /script-src/.test(v)),
      `violation seen: ${cspViolations}`,
    );
    cspViolations.length = 0;
    consoleErrors.length = 0;
    await context.close();
  });

  it('a dataset link to a file over 100 MB: stopped while it streams, named, the rest loads', async () => {
    const { context, page, consoleErrors, offLoopback } = await openApp(browser, {
      hash: '?enterprises=%2Fbig-enterprises.geojson',
    });
    await context.route('**/big-enterprises.geojson', (route) =>
      route.continue({ url: `${feed.base}/big` }),
    );
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: '文件过大' });
    await alert.waitFor({ timeout: 120000 });
    // N is what had arrived when reading stopped: just past the limit, well short of the 110 MB.
    const size = Number(
      (await alert.textContent()).match(/文件过大[:：](\d+) MB[,，]上限 100 MB/)?.[1],
    );
    assert.ok(size > 100 && size < 110, `names the size read: ${size} MB`);
    // (The server's own count says nothing: the network stack reads ahead of the app.)
    assert.ok(feed.served.bigBytes > 100 * 2 ** 20, 'the body really was over the limit');
    await waitForIdle(page, 120000);
    const counts = await summaryCounts(page);
    assert.equal(counts.projects, records('projects').length, 'the built-in projects load');
    assert.equal(counts.enterprises, 0);
    // Still usable: the language switch re-renders the same refusal in English.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: `file too large: ${size} MB, the limit is 100 MB` })
      .waitFor();
    await shot(page, 'hostile-too-large-1280x800');
    assert.deepEqual(
      consoleErrors.filter((e) => !/Failed to load resource/.test(e)),
      [],
    );
    assert.deepEqual(offLoopback, []);
    await context.close();
  });

  it('a load that stalls ends as a visible error, never an endless spinner; the rest works', async () => {
    const { context, page, consoleErrors, offLoopback } = await openApp(browser, {
      hash: '?projects=%2Fstall-projects.geojson#zone=xipeng-park',
    });
    await context.route('**/stall-projects.geojson', (route) =>
      route.continue({ url: `${feed.base}/stall` }),
    );
    const started = Date.now();
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: '下载停滞' });
    await alert.waitFor({ timeout: 120000 });
    assert.match(await alert.textContent(), /20 秒内未收到任何数据/);
    assert.ok(Date.now() - started >= 19000, 'not before the stall limit');
    assert.ok(feed.served.stalls >= 1, 'the stalled endpoint was asked');
    const expected = countInZone(records('enterprises'), 'xipeng-park');
    assert.equal(await zoneEnterpriseCount(page), expected, 'the built-in enterprises load');
    await waitForIdle(page, 120000);
    const counts = await summaryCounts(page);
    assert.equal(counts.projects, 0);
    await shot(page, 'hostile-stalled-1280x800');
    assert.deepEqual(
      consoleErrors.filter((e) => !/Failed to load resource/.test(e)),
      [],
    );
    assert.deepEqual(offLoopback, []);
    await context.close();
  });
});
