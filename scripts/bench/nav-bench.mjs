// Navigation benchmark (npm run bench:nav, after npm run build): the first two rows of the
// browser benchmark alone — navigation → data-map-state="idle" on the default data and the
// longest main-thread task on the way — beside the bare MapLibre page drawing the same GeoJSON,
// interleaved in the same run (BENCH_RUNS, default 3). BENCH_BEFORE=<dist dir> adds another build
// (e.g. the previous one) to the same rotation, so before and after meet the same load.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  firstPaintJs,
  freshTimeToIdle,
  median,
  prepareFixtures,
  ROOT,
  startPreview,
} from './browser-lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BEFORE = process.env.BENCH_BEFORE;
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'bench-results/nav.json');

prepareFixtures(false, { big: false });
const servers = { app: await startPreview() };
if (BEFORE) servers.before = await startPreview(BEFORE);
const m = { app: [], bare: [], before: [], longApp: [], longBare: [], longBefore: [] };
const f = Math.round;
const once = freshTimeToIdle;
const pages = [
  ['app', () => once(servers.app.base, '[data-map-state="idle"]')],
  ['bare', () => once(`${servers.app.base}bench/bare.html`, 'body[data-state="idle"]')],
];
if (servers.before)
  pages.push(['before', () => once(servers.before.base, '[data-map-state="idle"]')]);
const long = { app: 'longApp', bare: 'longBare', before: 'longBefore' };
try {
  for (let i = 0; i < RUNS; i++) {
    // Rotated, so no page always goes first (or last) into the machine's load.
    for (let k = 0; k < pages.length; k++) {
      const [name, run] = pages[(i + k) % pages.length];
      const r = await run();
      m[name].push(r.ms);
      m[long[name]].push(r.longest);
    }
    console.log(
      `run ${i + 1}: app ${m.app[i]} ms, bare ${m.bare[i]} ms${BEFORE ? `, before ${m.before[i]} ms` : ''}`,
    );
  }
} finally {
  for (const s of Object.values(servers)) s.stop();
}
const ratio = (a, b) => (a / b).toFixed(2);
const rows = [
  [
    'default data: navigation → idle (ms)',
    median(m.app),
    `bare MapLibre page, same files: ${median(m.bare)} (×${ratio(median(m.app), median(m.bare))}; goal ≤ 1.2)` +
      (BEFORE ? `; before: ${median(m.before)} (×${ratio(median(m.before), median(m.bare))})` : ''),
  ],
  [
    'default data: longest main-thread task (ms)',
    f(median(m.longApp)),
    `bare page: ${f(median(m.longBare))}${BEFORE ? `; before: ${f(median(m.longBefore))}` : ''}`,
  ],
  [
    'first-paint JS (gzip bytes)',
    firstPaintJs().totalGzip,
    'entry + modulepreloads in dist/index.html',
  ],
];
for (const [what, value, note] of rows)
  console.log(`${what.padEnd(44)} | ${String(value).padStart(8)} | ${note}`);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, raw: m, rows }, null, 2)}\n`,
);
