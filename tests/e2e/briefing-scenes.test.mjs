// Scenes that carry a drawn shape and several highlighted records, played from a script file
// on the same origin (?briefingSrc=), routed here so the test owns its script.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as turf from '@turf/turf';
import { defaultScript, waitForHeading } from './briefing-helpers.mjs';
import {
  installPngPixels,
  launch,
  openApp,
  pixelAt,
  SHOTS,
  settle,
  shot,
  waitForIdle,
} from './browser.mjs';
import { numberIn, records } from './data.mjs';

const ring = [
  [106.3, 29.33],
  [106.37, 29.33],
  [106.37, 29.39],
  [106.3, 29.39],
  [106.3, 29.33],
];
const RECORDS = ['e:real-e-swa', 'p:real-p-hydrogen-valley', 'e:no-such-record'];
const base = defaultScript.scenes[0];
const COUNT_KPIS = [
  { kind: 'count', measure: 'enterprises', zone: null },
  { kind: 'count', measure: 'projects', zone: null },
];
const script = {
  id: 'e2e-scenes',
  title_zh: '测试',
  title_en: 'Test',
  scenes: [
    {
      ...base,
      id: 'drawn',
      title_zh: '画出的范围',
      title_en: 'A drawn area',
      camera: { ...base.camera, center: [106.335, 29.36], zoom: 11.5, duration: 0 },
      filter: { shapes: [{ kind: 'polygon', ring }] },
      kpis: COUNT_KPIS,
    },
    {
      ...base,
      id: 'rings',
      title_zh: '三条重点记录',
      title_en: 'Three highlighted records',
      // District-wide zoom: both records sit inside clusters here.
      camera: { ...base.camera, center: [106.33, 29.37], zoom: 10, duration: 0 },
      filter: {},
      highlight: { records: RECORDS },
    },
  ],
};

/** Opens the routed script at scene n (1-based). */
function openScript(browser, n, size) {
  return openApp(browser, {
    hash: `?briefingSrc=/e2e-briefings/scenes.json&scene=${n}`,
    ...size,
    routes: [[/\/e2e-briefings\/scenes\.json$/, (route) => route.fulfill({ json: script })]],
  });
}

/** A record's point as the data file gives it: a site's `anchor`, else a point on the site. */
const pointOf = (f) =>
  f.geometry.type === 'Point'
    ? f.geometry.coordinates
    : (f.properties.anchor ?? turf.pointOnFeature(f).geometry.coordinates);

describe('briefing scenes with shapes and several highlighted records', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('a scene with a drawn shape draws it and counts what turf counts inside it', async () => {
    const { context, page, consoleErrors } = await openScript(browser, 1, {
      width: 1280,
      height: 800,
    });
    await waitForHeading(page, '画出的范围', 60000);
    await waitForIdle(page);
    const polygon = turf.polygon([ring]);
    const inside = (name) =>
      records(name).filter((f) => turf.booleanPointInPolygon(pointOf(f), polygon)).length;
    const want = [inside('enterprises'), inside('projects')];
    assert.ok(want[0] > 0, 'the test area holds enterprises');
    const values = page.locator('.briefing__kpi-value');
    await page.waitForFunction(() =>
      /\d/.test(document.querySelector('.briefing__kpi-value')?.textContent ?? ''),
    );
    assert.deepEqual(
      [numberIn(await values.nth(0).textContent()), numberIn(await values.nth(1).textContent())],
      want,
    );
    // The shape is drawn on the map, and the shared link of this moment carries it.
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-map-state]')
          .jlpMap.queryRenderedFeatures({ layers: ['draw-polygon'] }).length > 0,
      null,
      { timeout: 30000 },
    );
    await page.waitForFunction(() => /f=[^&]*p:/.test(decodeURIComponent(window.location.hash)));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('rings every found record above its cluster and names the missing one, at 1080p and 4K', async () => {
    const { context, page, consoleErrors } = await openScript(browser, 2, {
      width: 1920,
      height: 1080,
    });
    await waitForHeading(page, '三条重点记录', 60000);
    await waitForIdle(page);
    const rings = await renderedRings(page);
    assert.deepEqual(rings.map((r) => r.ref).sort(), RECORDS.slice(0, 2).sort());
    const want = {
      'e:real-e-swa': pointOf(records('enterprises').find((f) => f.properties.id === 'real-e-swa')),
      'p:real-p-hydrogen-valley': pointOf(
        records('projects').find((f) => f.properties.id === 'real-p-hydrogen-valley'),
      ),
    };
    for (const r of rings) {
      assert.ok(Math.hypot(r.at[0] - want[r.ref][0], r.at[1] - want[r.ref][1]) < 1e-5, r.ref);
    }
    // At this zoom neither record is drawn as a point of its own: both are inside clusters.
    const loose = await page.evaluate(() => {
      const map = document.querySelector('[data-map-state]').jlpMap;
      const layers = ['enterprise-points', 'project-points'];
      const points = map.queryRenderedFeatures({ layers }).map((f) => f.geometry.coordinates);
      const clusters = map.queryRenderedFeatures({
        layers: ['enterprise-clusters', 'project-clusters'],
      }).length;
      return { points, clusters };
    });
    assert.ok(loose.clusters > 0, 'clusters are drawn');
    for (const at of Object.values(want)) {
      assert.ok(!loose.points.some((p) => Math.hypot(p[0] - at[0], p[1] - at[1]) < 1e-5));
    }
    // The ring is what a viewer sees there: yellow on the screen, just outside the point.
    const px = await page.evaluate((at) => {
      const el = document.querySelector('[data-map-state]');
      const p = el.jlpMap.project(at);
      const box = el.getBoundingClientRect();
      const x = Math.round(box.left + p.x + 19);
      const y = Math.round(box.top + p.y);
      return { x, y, canvas: document.elementFromPoint(x, y)?.tagName };
    }, want['e:real-e-swa']);
    assert.equal(px.canvas, 'CANVAS', 'nothing covers the ring');
    const [r, g, b] = await pixelAt(page, px.x, px.y);
    assert.ok(r > 200 && g > 170 && b < 110, `ring pixel ${[r, g, b]}`);
    const ring1080 = await ringRadius(page, want['e:real-e-swa'], 32);
    assert.ok(ring1080 >= 18 && ring1080 <= 24, `ring radius at 1920×1080: ${ring1080} px`);
    const names = await page.getByTestId('briefing-record').textContent();
    assert.match(names, /西南铝业/);
    assert.match(names, /西部氢谷/);
    const missing = page.getByTestId('briefing-missing');
    assert.match(await missing.textContent(), /找不到:e:no-such-record/);
    await settle(page);
    await shot(page, 'briefing-highlight-1920x1080');
    assert.deepEqual(consoleErrors, []);
    await context.close();

    const wall = await openScript(browser, 2, { width: 3840, height: 2160, locale: 'en-US' });
    await waitForHeading(wall.page, 'Three highlighted records', 120000);
    await waitForIdle(wall.page, 120000);
    assert.equal((await renderedRings(wall.page)).length, 2);
    assert.match(
      await wall.page.getByTestId('briefing-missing').textContent(),
      /not found in the data: e:no-such-record/,
    );
    await settle(wall.page);
    // On the wall the ring reads at the same angular size: about twice as wide in CSS pixels.
    const ring4k = await ringRadius(wall.page, want['e:real-e-swa'], 64);
    console.log('highlight ring radius', JSON.stringify({ ring1080, ring4k }));
    assert.ok(ring4k >= 1.8 * ring1080, `ring ${ring4k} px at 4K vs ${ring1080} px at 1080p`);
    // A 4K software-rendered screenshot can take longer than the default 30 s on a busy machine.
    await wall.page.screenshot({
      path: join(SHOTS, 'briefing-highlight-3840x2160.png'),
      timeout: 120000,
    });
    assert.deepEqual(wall.consoleErrors, []);
    await wall.context.close();
  });
});

/** The highlight rings MapLibre drew, once both are there: their refs and positions. */
async function renderedRings(page) {
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-map-state]')
        .jlpMap.queryRenderedFeatures({ layers: ['briefing-highlight-ring'] }).length >= 2,
    null,
    { timeout: 60000 },
  );
  return page.evaluate(() =>
    document
      .querySelector('[data-map-state]')
      .jlpMap.queryRenderedFeatures({ layers: ['briefing-highlight-ring'] })
      .map((f) => ({ ref: f.properties.ref, at: f.geometry.coordinates })),
  );
}

/**
 * How far the yellow ring around a record reaches from its centre, in CSS pixels: the farthest
 * ring-coloured pixel within `max` px, taken along the four axes, the smallest of the four (so
 * another record's ring on one side does not count).
 */
async function ringRadius(page, at, max) {
  const c = await page.evaluate((p) => {
    const el = document.querySelector('[data-map-state]');
    const q = el.jlpMap.project(p);
    const box = el.getBoundingClientRect();
    return { x: Math.round(box.left + q.x), y: Math.round(box.top + q.y) };
  }, at);
  const png = await page.screenshot({
    clip: { x: c.x - max, y: c.y - max, width: 2 * max + 1, height: 2 * max + 1 },
    timeout: 120000,
  });
  await installPngPixels(page);
  return page.evaluate(
    async ({ b64, max }) => {
      const px = await window.__pngPixels(b64);
      const yellow = (x, y) => {
        const i = (y * px.width + x) * 4;
        const [r, g, b] = px.data.slice(i, i + 3);
        return r > 200 && g > 170 && b < 110;
      };
      const reach = ([dx, dy]) => {
        let far = 0;
        for (let d = 1; d <= max; d++) if (yellow(max + dx * d, max + dy * d)) far = d;
        return far;
      };
      return Math.min(
        ...[
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ].map(reach),
      );
    },
    { b64: png.toString('base64'), max },
  );
}
