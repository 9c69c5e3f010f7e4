// Issue 13, the rest of the proof: the record-kind filter, zone labels on laptop and large
// screens, the live radius beside a circle being drawn, and project sites in legend and clicks.
// Every expected number is recomputed here from the committed data files.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as turf from '@turf/turf';
import { BASE_URL, launch, mapCentre, openApp, settle, shot, waitForIdle } from './browser.mjs';
import { hashAt, interiorPoint, records, zoneAreas } from './data.mjs';

const enterprises = records('enterprises');
const projects = records('projects');

/** The language the page shows, switched with the header button when it is not `lang`. */
async function switchLang(page, lang) {
  await page.getByRole('tab').first().waitFor();
  const now = await page.evaluate(() => document.documentElement.lang.slice(0, 2));
  if (now !== lang) {
    await page
      .getByRole('button', { name: lang === 'en' ? 'English' : '中文', exact: true })
      .click();
  }
  await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
}

/**
 * Zone labels and cluster circles as rendered: which zones have a placed label, and every label
 * whose box meets a cluster's circle (the circle's radius steps as in entity-layers.ts).
 */
function renderedLabels() {
  const map = document.querySelector('[data-map-state]').jlpMaplibre;
  const lang = document.documentElement.lang.slice(0, 2);
  const field = JSON.stringify(map.getLayoutProperty('zone-labels', 'text-field'));
  const clusters = map.queryRenderedFeatures({
    layers: ['enterprise-clusters', 'project-clusters'],
  });
  const overlaps = [];
  for (const c of clusters) {
    const p = map.project(c.geometry.coordinates);
    const n = c.properties.point_count;
    const r = n < 50 ? 13 : n < 500 ? 17 : n < 5000 ? 22 : 28;
    const box = [
      [p.x - r, p.y - r],
      [p.x + r, p.y + r],
    ];
    for (const l of map.queryRenderedFeatures(box, { layers: ['zone-labels'] })) {
      overlaps.push(`${l.properties.zone_id} over a cluster of ${n}`);
    }
  }
  const labels = map.queryRenderedFeatures({ layers: ['zone-labels'] });
  return {
    inLang: field.includes(`name_${lang}`),
    zones: [...new Set(labels.map((f) => f.properties.zone_id))].sort(),
    clusters: clusters.length,
    overlaps,
  };
}

/**
 * Reads the labels once the map has settled: placement fades in over a few frames after a
 * language switch or a load, and a query during a symbol re-layout can throw. Retries for up
 * to 15 s until every zone is labelled, then returns the last reading for the assertions.
 */
async function settledLabels(page, want) {
  let last = null;
  const until = Date.now() + 15000;
  while (Date.now() < until) {
    await waitForIdle(page);
    await settle(page);
    try {
      last = await page.evaluate(renderedLabels);
      if (last.inLang && last.zones.length === want) return last;
    } catch (err) {
      last = { error: String(err) };
    }
    await page.waitForTimeout(400);
  }
  return last;
}

describe('friction, proved: record kinds, labels at every size, radius label, project sites', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('filtering by kind 高校 lists 四川美术学院 with a count recounted from the file, in the link', async () => {
    const universities = enterprises.filter((f) => f.properties.kind === 'university');
    assert.ok(
      universities.some((f) => f.properties.name_zh === '四川美术学院'),
      'fixture: 四川美术学院 is a university in the data file',
    );
    const n = universities.length;
    const { context, page, consoleErrors } = await openApp(browser, { width: 1366, height: 768 });
    await waitForIdle(page);
    await page.getByRole('tab', { name: '筛选' }).click();
    const group = page.getByRole('group', { name: '记录类型(企业与机构)' });
    const box = group.getByRole('checkbox', { name: `高校（${n.toLocaleString('zh-CN')} 家）` });
    // Keyboard reachable: focus the box and tick it with the space bar.
    await box.focus();
    await page.keyboard.press('Space');
    assert.equal(await box.isChecked(), true);
    await page.waitForFunction(
      (count) =>
        document
          .querySelector('.filter-summary')
          ?.textContent?.includes(`企业 ${count.toLocaleString('zh-CN')} 家`),
      n,
    );
    const list = page.getByRole('list', { name: `企业(${n.toLocaleString('zh-CN')})` });
    await list.getByText('四川美术学院').first().waitFor();
    assert.equal(await list.getByRole('listitem').first().getAttribute('aria-setsize'), String(n));
    await page.waitForFunction(() =>
      /(^|[;=])k:university(;|&|$)/.test(decodeURIComponent(location.hash)),
    );
    await group.scrollIntoViewIfNeeded();
    await shot(page, 'friction-kind-filter-zh-1366x768');
    // The link reopens the same choice, in English too; an unknown kind is named in a notice.
    const link = new URL(page.url());
    const hash = decodeURIComponent(link.hash).replace('k:university', 'k:university,spaceship');
    const reader = await context.newPage();
    await reader.goto(`${BASE_URL}${hash.replace('lang=zh', 'lang=en')}`);
    await reader.getByText(/k:spaceship/).waitFor();
    await reader.getByRole('tab', { name: 'Filters' }).click();
    const en = reader.getByRole('checkbox', { name: `University (${n.toLocaleString('en')})` });
    assert.equal(await en.isChecked(), true);
    const enList = reader.getByRole('list', { name: `Enterprises (${n.toLocaleString('en')})` });
    const meishu = universities.find((f) => f.properties.name_zh === '四川美术学院');
    await enList
      .getByText(meishu.properties.name_en ?? '四川美术学院')
      .first()
      .waitFor();
    await waitForIdle(reader);
    await shot(reader, 'friction-kind-filter-en-1366x768');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('every zone name shows at the default view, clear of clusters, on laptops and large screens, zh and en', async () => {
    const zoneIds = zoneAreas()
      .map((z) => z.properties.zone_id)
      .sort();
    const { context, page } = await openApp(browser, { width: 1366, height: 768 });
    for (const [width, height] of [
      [1366, 768],
      [1440, 900],
      [1920, 1080],
      [2560, 1440],
    ]) {
      if (width !== 1366) {
        await page.setViewportSize({ width, height });
        // A load without a view in the link frames the district for this screen (the default view).
        await page.goto(BASE_URL);
      }
      for (const lang of ['zh', 'en']) {
        await switchLang(page, lang);
        let seen = await settledLabels(page, zoneIds.length);
        if (seen.error?.includes('Out of bounds')) {
          // MapLibre can keep a symbol bucket whose tile index has no source layers after quick
          // label updates; querying it throws (the drawing is not affected, only this query).
          // A fresh load of the same default view clears it.
          await page.goto(BASE_URL);
          await switchLang(page, lang);
          seen = await settledLabels(page, zoneIds.length);
        }
        const at = `${lang} ${width}×${height}`;
        assert.equal(seen.error, undefined, `${at}: ${seen.error}`);
        assert.ok(seen.clusters > 5, `${at}: clusters are drawn (${seen.clusters})`);
        assert.deepEqual(seen.zones, zoneIds, `${at}: every zone is labelled`);
        assert.deepEqual(seen.overlaps, [], `${at}: no zone label on a cluster`);
        if (width !== 1440) await shot(page, `friction-labels-${lang}-${width}x${height}`);
      }
    }
    await context.close();
  });

  it('a circle being drawn or edited shows its radius beside it, matching the distance centre–edge', async () => {
    const zones = zoneAreas();
    const zone = zones.find((z) => z.properties.zone_id === 'xipeng-park');
    const at = interiorPoint(
      zone,
      zones.filter((z) => z !== zone),
    );
    const { context, page, consoleErrors } = await openApp(browser, {
      width: 1366,
      height: 768,
      hash: hashAt(at, 13),
    });
    await waitForIdle(page);
    await page.getByRole('tab', { name: '筛选' }).click();
    await settle(page);
    const { x, y } = await mapCentre(page);
    const edge = { x: x + 200, y };
    await page.getByRole('button', { name: '画圆', exact: true }).click();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(edge.x, edge.y, { steps: 12 });
    const label = page.locator('.draw-radius-label');
    await label.waitFor();
    // Let the last pointer move reach terra-draw and the label before reading it.
    await page.waitForTimeout(500);
    const text = await label.textContent();
    const box = await label.boundingBox();
    await shot(page, 'friction-radius-label-1366x768');
    const edgeLngLat = await page.evaluate((p) => {
      const map = document.querySelector('[data-map-state]').jlpMaplibre;
      const r = map.getContainer().getBoundingClientRect();
      return map.unproject([p.x - r.left, p.y - r.top]).toArray();
    }, edge);
    await page.mouse.up();
    await label.waitFor({ state: 'detached' });
    // The circle drawn (its centre is where terra-draw started the drag), as the link carries it.
    await page.waitForFunction(() => /[;=]o:/.test(decodeURIComponent(location.hash)));
    const part = /[;=]o:([-\d.]+),([-\d.]+),([\d.]+)/.exec(
      decodeURIComponent(new URL(page.url()).hash),
    );
    const centreLngLat = [Number(part[1]), Number(part[2])];
    const expected = turf.distance(centreLngLat, edgeLngLat, { units: 'kilometers' });
    const km = Number(/^半径 ([\d.]+) 公里$/.exec(text)?.[1]);
    assert.ok(
      Math.abs(km - expected) <= 0.03 * expected,
      `label "${text}" vs ${expected.toFixed(3)} km by turf from the circle's centre to the pointer`,
    );
    assert.ok(
      Math.abs(km - Number(part[3])) < 0.01,
      `label "${text}" vs the circle's ${part[3]} km`,
    );
    // Beside the circle: the label starts just east of its edge, on the centre's row.
    assert.ok(Math.abs(box.x - edge.x) < 30, `label at x ${box.x}, edge at ${edge.x}`);
    assert.ok(Math.abs(box.y + box.height / 2 - y) < 20, `label at y ${box.y}, centre at ${y}`);
    // Editing: the circle selected with the select tool shows its radius again; leaving hides it.
    await page.getByRole('button', { name: '选择与编辑', exact: true }).click();
    await page.mouse.click(x + 60, y);
    await label.waitFor();
    const edited = Number(/^半径 ([\d.]+) 公里$/.exec(await label.textContent())?.[1]);
    assert.ok(
      Math.abs(edited - Number(part[3])) < 0.01,
      `editing label ${edited} vs ${part[3]} km`,
    );
    await shot(page, 'friction-radius-label-editing-1366x768');
    await page.keyboard.press('Escape');
    await label.waitFor({ state: 'detached' });
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('project sites are in the legend, and a click inside one opens its project, not the zone', async () => {
    const site = projects.find((f) => f.properties.id === 'real-p-art-park');
    assert.equal(site?.geometry.type, 'Polygon', 'fixture: 重庆美术公园 has a site polygon');
    const zone = zoneAreas().find((z) => z.properties.zone_id === site.properties.declared_zone);
    // Candidate clicks: a lattice of points well inside the site (turf), also inside its zone.
    const [w, s, e, n] = turf.bbox(site);
    const outline = turf.polygonToLine(site);
    const candidates = [];
    for (let i = 1; i < 12; i++) {
      for (let j = 1; j < 12; j++) {
        const p = turf.point([w + ((e - w) * i) / 12, s + ((n - s) * j) / 12]);
        if (!turf.booleanPointInPolygon(p, site) || !turf.booleanPointInPolygon(p, zone)) continue;
        if (turf.pointToLineDistance(p, outline, { units: 'kilometers' }) < 0.08) continue;
        candidates.push(p.geometry.coordinates);
      }
    }
    assert.ok(candidates.length > 0, 'points inside the site and its zone');
    const centre = turf.centerOfMass(site).geometry.coordinates;
    const { context, page, consoleErrors } = await openApp(browser, {
      width: 1366,
      height: 768,
      hash: hashAt(centre, 15),
    });
    await waitForIdle(page);
    await page
      .getByRole('tabpanel')
      .getByText(/项目用地范围（虚线多边形/)
      .waitFor();
    await settle(page);
    // The first candidate with no point or cluster drawn near it: a click there can only mean
    // the site (or the zone under it).
    const click = await page.evaluate((points) => {
      const map = document.querySelector('[data-map-state]').jlpMaplibre;
      const box = map.getContainer().getBoundingClientRect();
      const others = [
        'enterprise-points',
        'project-points',
        'enterprise-clusters',
        'project-clusters',
      ];
      for (const p of points) {
        const px = map.project(p);
        const near = [
          [px.x - 14, px.y - 14],
          [px.x + 14, px.y + 14],
        ];
        if (map.queryRenderedFeatures(near, { layers: others }).length > 0) continue;
        if (map.queryRenderedFeatures(px, { layers: ['project-site-fill'] }).length === 0) continue;
        return { x: box.left + px.x, y: box.top + px.y };
      }
      return null;
    }, candidates);
    assert.ok(click, 'a clear spot inside the rendered site');
    await page.mouse.click(click.x, click.y);
    await page.getByRole('region', { name: site.properties.name_zh }).waitFor();
    await page.waitForFunction(() => /sel=p(:|%3A)real-p-art-park/.test(location.hash));
    assert.equal(
      await page.getByRole('region', { name: zone.properties.name_zh }).count(),
      0,
      'the zone under the site did not open',
    );
    assert.ok(!/[#&]zone=/.test(new URL(page.url()).hash), 'no zone selected');
    await shot(page, 'friction-project-site-click-1366x768');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});
