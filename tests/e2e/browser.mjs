// Shared helpers for the end-to-end tests: a real headless Chromium (Debian's, via
// playwright-core), the app under test, and checks on what a user sees.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium-args.mjs';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';
export const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens the app in a fresh context and records console errors and any request that leaves
 * the loopback interface.
 */
export async function openApp(
  browser,
  { hash = '', width = 1280, height = 800, locale = 'zh-CN', storage, routes = [], init } = {},
) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale,
    deviceScaleFactor: 1,
  });
  if (storage)
    await context.addInitScript((s) => {
      for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
    }, storage);
  // A function run in the page before its own scripts (e.g. counting WebGL calls).
  if (init) await context.addInitScript(init);
  const cspViolations = await watchContentSecurityPolicy(context);
  // [url pattern, handler] pairs answered before the first request (files the test owns).
  for (const [pattern, handler] of routes) await context.route(pattern, handler);
  const page = await context.newPage();
  const consoleErrors = [];
  const offLoopback = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    consoleErrors.push(msg.text());
    // Chromium also logs violations inside workers this way, where no page listener runs.
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') offLoopback.push(req.url());
  });
  await page.goto(`${BASE_URL}${hash}`);
  return { context, page, consoleErrors, offLoopback, cspViolations };
}

/**
 * Every test fails on any Content-Security-Policy violation: the page reports each one (as a
 * console error too, which the no-console-error checks catch), and closing the context throws
 * when any was seen, so even a test that checks nothing else fails.
 */
async function watchContentSecurityPolicy(context) {
  const violations = [];
  await context.exposeBinding('__jlpCspViolation', (_source, text) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const text = `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`;
      console.error(text);
      window.__jlpCspViolation?.(text);
    });
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    if (violations.length > 0)
      throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
  };
  return violations;
}

export async function waitForIdle(page, timeout = 60000) {
  await page.waitForSelector('[data-map-state="idle"]', { timeout });
}

/** Waits until the map has repainted after an interaction (two animation frames, then idle). */
export async function settle(page) {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await page.waitForTimeout(150);
}

/**
 * Defines `window.__pngPixels(base64)` in the page: a PNG's pixels as ImageData, decoded by the
 * browser (Node has no PNG decoder here). Call it again after a navigation.
 */
export function installPngPixels(page) {
  return page.evaluate(() => {
    window.__pngPixels ??= async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height);
    };
  });
}

/** RGB of the screen pixel at (x, y) in CSS pixels, read from a screenshot. */
export async function pixelAt(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  await installPngPixels(page);
  return page.evaluate(
    async (b64) => Array.from((await window.__pngPixels(b64)).data.slice(0, 3)),
    png.toString('base64'),
  );
}

/** Centre of the map container in page coordinates. */
export async function mapCentre(page) {
  const box = await page.locator('[data-map-state]').boundingBox();
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

export function shot(page, name) {
  return page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
