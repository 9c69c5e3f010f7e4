// Writes data/glyphs/labels.bin (npm run data:glyphs, which builds the app first; needs Chromium and
// fonts-noto-cjk): the signed-distance glyphs MapLibre draws for the app's first views, so
// the page can take them from a file instead of drawing them (src/map/bundled-glyphs.ts).
// Which glyphs, and with which font options, is read from the app itself: it is opened with
// the file withheld, in Chinese and in English, at the e2e tests' and the benchmarks' window
// sizes and a phone's, and every glyph it draws is recorded; the digits, "k" and "." of cluster counts are
// added for the digits' font. Each is then drawn again with MapLibre's own TinySDF and the
// options it used, in the same browser, so the file holds exactly what the page would draw.
// Run it again when a label's text changes (tests/e2e/glyphs.test.mjs fails until then).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { encodeGlyphs } from '../src/map/glyph-file.ts';
import { ROOT, startPreview } from './bench/browser-lib.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-args.mjs';

const OUT = join(ROOT, 'data/glyphs/labels.bin');
const VIEWS = [
  { width: 1280, height: 800, hash: '' },
  { width: 1920, height: 1080, hash: '' },
  { width: 1280, height: 800, hash: '#lang=en' },
  { width: 1920, height: 1080, hash: '#lang=en' },
  { width: 390, height: 844, hash: '' }, // a phone
];
const COUNT_CHARS = [...'0123456789k.'];

const server = await startPreview();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const wanted = new Map(); // font key → Set of chars
  const fonts = {};
  let page;
  for (const { width, height, hash } of VIEWS) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
    // Withheld, so the app draws (and records) every glyph it needs.
    await context.route('**/labels-*.bin', (route) => route.fulfill({ status: 404 }));
    page = await context.newPage();
    await page.goto(`${server.base}${hash}`);
    await page.waitForSelector('[data-map-state="idle"]', { timeout: 120_000 });
    const stats = await page.evaluate(() => {
      const s = document.querySelector('[data-map-state]').jlpGlyphs;
      return { drawn: s.drawn, fonts: s.fonts };
    });
    Object.assign(fonts, stats.fonts);
    for (const [key, char] of stats.drawn) {
      if (!wanted.has(key)) wanted.set(key, new Set());
      wanted.get(key).add(char);
    }
  }
  const digitsKey = [...wanted].find(([, chars]) => chars.has('1') || chars.has('2'))?.[0];
  if (!digitsKey) throw new Error('no cluster count was drawn: is the data loaded?');
  for (const c of COUNT_CHARS) wanted.get(digitsKey).add(c);

  // Drawn again with MapLibre's TinySDF (the class the app wraps draws when the file is absent).
  const request = [...wanted].map(([key, chars]) => [key, fonts[key], [...chars].sort()]);
  const drawn = await page.evaluate((req) => {
    const map = document.querySelector('[data-map-state]').jlpMaplibre;
    const TinySDF = map.style.glyphManager.constructor.TinySDF;
    return req.map(([key, options, chars]) => {
      const sdf = new TinySDF(options);
      return [
        key,
        chars.map((c) => {
          const g = sdf.draw(c);
          return [c, { ...g, data: [...g.data] }];
        }),
      ];
    });
  }, request);
  const set = new Map(
    drawn.map(([key, glyphs]) => [
      key,
      new Map(glyphs.map(([c, g]) => [c, { ...g, data: Uint8ClampedArray.from(g.data) }])),
    ]),
  );
  const version = browser.version();
  const provenance =
    `Drawn by npm run data:glyphs on ${new Date().toISOString().slice(0, 10)} with MapLibre's ` +
    `TinySDF in Chromium ${version}, from the fonts the options name as this machine resolves ` +
    'them (Noto Sans CJK SC for Chinese, from Debian fonts-noto-cjk, SIL Open Font License).';
  const bytes = encodeGlyphs(set, provenance);
  writeFileSync(OUT, bytes);
  const counts = [...set].map(([k, g]) => `${g.size} for ${JSON.parse(k)[4].slice(0, 24)}…`);
  console.log(`${OUT}: ${bytes.length} bytes, ${counts.join('; ')}`);
} finally {
  await browser.close();
  server.stop();
}
