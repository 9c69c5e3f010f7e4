// Navigation timeline (npm run bench:nav-timeline [runs], after npm run build): when each step of
// the load happens, in the page's own clock, for the app and the bare MapLibre page, each in a
// fresh browser, interleaved; medians per step. Steps are seen from outside the code (an init
// script): DOMContentLoaded, the first React commit, the first contentful paint (presented, and
// when the page hears of it), the WebGL context asked for and made, the data files asked for and
// answered, the first and last WebGL draw, the first-draw gate, idle. It answers "where is the
// app late", which a wall-clock ratio cannot: e.g. whether the gap is before or after the map's
// WebGL context exists.
import {
  freshLoadAndRead,
  median,
  navPages,
  prepareFixtures,
  startPreview,
} from './browser-lib.mjs';

/** In the page, before any of its scripts: records the first time each step is seen. */
function watchSteps() {
  const steps = {};
  window.__steps = steps;
  const mark = (k) => {
    if (!(k in steps)) steps[k] = Math.round(performance.now());
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntriesByName('first-contentful-paint')) {
      steps.fcp = Math.round(e.startTime);
      mark('fcpHeard');
    }
  }).observe({ type: 'paint', buffered: true });
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    const gl = /webgl/.test(kind);
    if (gl) mark('glAsked');
    const context = getContext.call(this, kind, ...rest);
    if (gl) mark('glMade');
    return context;
  };
  const draw = WebGL2RenderingContext.prototype.drawElements;
  WebGL2RenderingContext.prototype.drawElements = function (...a) {
    mark('firstDraw');
    steps.lastDraw = Math.round(performance.now());
    return draw.apply(this, a);
  };
  const fetch = window.fetch;
  window.fetch = function (url, ...rest) {
    // assets/zones-FreqfdyO.geojson and default-zones.geojson both read as "zones".
    const name = String(url)
      .replace(/.*\//, '')
      .replace(/^default-/, '')
      .replace(/(-[\w-]{8})?\.\w+(\?.*)?$/, '');
    mark(`asked:${name}`);
    return fetch.call(this, url, ...rest).then((response) => {
      mark(`answered:${name}`);
      return response;
    });
  };
  document.addEventListener('DOMContentLoaded', () => mark('dcl'));
  new MutationObserver(() => {
    if (document.getElementById('root')?.firstChild) mark('reactCommit');
    const map = document.querySelector('[data-map-state]');
    if (map?.dataset.firstDraw) mark(`gate:${map.dataset.firstDraw}`);
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const RUNS = Number(process.argv[2] ?? 5);
prepareFixtures(false, { big: false });
const server = await startPreview();
const pages = navPages(server.base);
const runs = { app: [], bare: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < pages.length; k++) {
      const [name, url, selector] = pages[(i + k) % pages.length];
      const steps = await freshLoadAndRead(url, selector, watchSteps, () => ({
        ...window.__steps,
        idle: Math.round(performance.now()),
      }));
      runs[name].push(steps);
      console.log(`run ${i + 1} ${name}: idle at ${steps.idle} ms`);
    }
  }
  for (const [name, list] of Object.entries(runs)) {
    const keys = [...new Set(list.flatMap(Object.keys))];
    const rows = keys
      .map((k) => [k, median(list.map((r) => r[k]).filter((v) => v !== undefined))])
      .sort((a, b) => a[1] - b[1]);
    console.log(`\n${name}, medians of ${list.length} loads (ms from navigation):`);
    for (const [k, v] of rows) console.log(`  ${String(v).padStart(6)}  ${k}`);
    const span = (a, b) => median(list.map((r) => r[b] - r[a]));
    console.log(`  WebGL context asked → idle: ${span('glAsked', 'idle')} ms (median per load)`);
  }
} finally {
  server.stop();
}
