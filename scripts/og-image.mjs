// Makes public/og-image.png, the 1200×630 link-preview picture (og:image), from a real
// screenshot of the built app in headless Chromium: the district view in Chinese, with the
// sidebar hidden so the map fills the card. Run `npm run og-image` (builds first).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-args.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.OG_PORT ?? 4791);
const out = join(root, 'public', 'og-image.png');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const server = spawn(
  process.execPath,
  [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, 30000);
  const context = await browser.newContext({
    viewport: { width: 1200, height: 630 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  // The district view, centred on the district so all four zones are on the card.
  await page.goto(`${url}#map=10/29.41/106.4&lang=zh`);
  await page.addStyleTag({ content: '.sidebar { display: none !important; }' });
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await page.waitForSelector('[data-map-state="idle"]', { timeout: 120000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.kill();
}
