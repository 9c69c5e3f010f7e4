import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-args.mjs';
import * as lib from './browser-lib.mjs';
if (process.env.FIXTURE) { const { copyFileSync, mkdirSync } = await import("node:fs"); mkdirSync(lib.DIST + "/bench", { recursive: true }); copyFileSync(process.env.FIXTURE, lib.DIST + "/bench/enterprises.geojson"); }
lib.prepareFixtures(false);
const server = await lib.startPreview();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const keys = (page) => page.evaluate(() => Object.keys(document.querySelector('[data-map-state]').jlpMap.painter.cache));
try {
  const r = await lib.timeToIdle(browser, `${server.base}?enterprises=/bench/enterprises.geojson`, '[data-map-state="idle"]', true);
  const page = r.page;
  await page.getByRole('tab', { name: '筛选' }).click();
  await page.waitForTimeout(1500);
  const k0 = await keys(page);
  console.log('after load', k0.length, k0.join('\n'));
  console.log('filter', await lib.clickToIdle(page.getByRole('checkbox', { name: '氢能源' })));
  const k1 = await keys(page);
  console.log('new after filter:', k1.filter((k) => !k0.includes(k)));
  console.log('clear', await lib.clickToIdle(page.getByRole('button', { name: '清除全部筛选' })));
  const k2 = await keys(page);
  console.log('new after clear:', k2.filter((k) => !k1.includes(k)));
  console.log('panOff', await lib.panToIdle(page, 160));
  const k3 = await keys(page);
  console.log('new after pan:', k3.filter((k) => !k2.includes(k)));
  await r.context.close();
} finally { await browser.close(); server.stop(); }
