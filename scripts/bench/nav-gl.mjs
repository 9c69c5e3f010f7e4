// WebGL work from navigation to idle (node scripts/bench/nav-gl.mjs [runs], after npm run build):
// frames, draw calls per frame, buffers and texture pixels uploaded, for the app and the bare
// MapLibre page, each in a browser of its own. Counts, not times, so it reads the same on a
// loaded machine: under software WebGL each full frame is GPU-process time (issue 11).
import { freshLoadAndRead, navPages, prepareFixtures, startPreview } from './browser-lib.mjs';

/** In the page: wraps WebGL2 calls and requestAnimationFrame to count them. */
function countGl() {
  const c = { frames: 0, perFrame: [], draws: 0, buffers: 0, texPixels: 0 };
  window.__gl = c;
  const P = WebGL2RenderingContext.prototype;
  const wrap = (name, count) => {
    const original = P[name];
    P[name] = function (...a) {
      count(a);
      return original.apply(this, a);
    };
  };
  wrap('drawElements', () => c.draws++);
  wrap('drawArrays', () => c.draws++);
  wrap('bufferData', () => c.buffers++);
  wrap('texImage2D', (a) => {
    c.texPixels += a.length >= 9 ? a[3] * a[4] : (a[5]?.width ?? 0) * (a[5]?.height ?? 0);
  });
  wrap('texSubImage2D', (a) => {
    c.texPixels += a.length >= 9 ? a[4] * a[5] : (a[6]?.width ?? 0) * (a[6]?.height ?? 0);
  });
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (fn) =>
    raf((t) => {
      c.frames++;
      const before = c.draws;
      fn(t);
      if (c.draws > before) c.perFrame.push(c.draws - before);
    });
}

const RUNS = Number(process.argv[2] ?? 2);
prepareFixtures(false, { big: false });
const server = await startPreview();
const pages = navPages(server.base);
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [name, url, selector] of pages) {
      const c = await freshLoadAndRead(url, selector, countGl, () => window.__gl);
      console.log(
        `${name.padEnd(5)} frames ${c.frames}, draws ${c.draws} (per drawing frame: ${c.perFrame.join(' ')}), buffers ${c.buffers}, texture px ${c.texPixels}`,
      );
    }
  }
} finally {
  server.stop();
}
