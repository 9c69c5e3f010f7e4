import { pathToFileURL } from 'node:url';
import { parseProjects } from '../../src/data/parse-entities';
import { MAX_FILE_SITE_VERTICES, MAX_SITE_VERTICES } from '../../src/data/record-geometry';
import { type BenchModule, type BenchRow, measureAll } from './timing';

// npm run bench -- file   (or: npx tsx scripts/bench/file-bench.ts)
// The worst projects file within the limits, read as the worker reads it (parse, check each
// record, rebuild each site, check it for self-crossings): as many sites as the file's vertex
// allowance holds, each at the per-site cap and shaped so the self-crossing sweep compares
// every pair of edges, against the same number of ordinary round sites in the same run.

const RUNS = 3;
const SITES = Math.floor(MAX_FILE_SITE_VERTICES / MAX_SITE_VERTICES);

const PROPS = {
  name_zh: '基准项目',
  name_en: null,
  type: '产业项目',
  status: '规划',
  investment_yi: null,
  start_year: null,
  end_year: null,
  lead_enterprise: null,
  participants: [],
  declared_zone: null,
  accuracy: 'approximate',
  synthetic: true,
  source: 'bench',
};

/**
 * A zigzag whose every edge spans the site's whole width, closed by one long edge: it never
 * crosses itself, yet a sweep by longitude must compare each edge with all the others.
 */
function zigzagSite(k: number, n: number): number[][] {
  const [x0, y0] = [106.3 + (k % 10) * 0.02, 29.3 + Math.floor(k / 10) * 0.02];
  const ring = Array.from({ length: n - 2 }, (_, i) => [x0 + (i % 2) * 0.01, y0 + i * 5e-6]);
  return [...ring, [x0 - 0.001, y0 + (n - 3) * 5e-6], ring[0] as number[]];
}

function roundSite(k: number, n: number): number[][] {
  const [x0, y0] = [106.3 + (k % 10) * 0.02, 29.3 + Math.floor(k / 10) * 0.02];
  const ring = Array.from({ length: n - 1 }, (_, i) => {
    const a = (i / (n - 1)) * 2 * Math.PI;
    return [x0 + 0.005 * Math.cos(a), y0 + 0.005 * Math.sin(a)];
  });
  return [...ring, ring[0] as number[]];
}

function file(site: (k: number, n: number) => number[][]) {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: SITES }, (_, k) => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [site(k, MAX_SITE_VERTICES)] },
      properties: { ...PROPS, id: `bench-${k}` },
    })),
  };
}

export function runFileBench(log: (line: string) => void = console.log): BenchRow[] {
  const worst = file(zigzagSite);
  const plain = file(roundSite);
  const kept = parseProjects(worst);
  const t = measureAll(
    { worst: () => parseProjects(worst), plain: () => parseProjects(plain) },
    RUNS,
    1,
  );
  const note = `${SITES} sites × ${MAX_SITE_VERTICES} vertices (${kept.records.length} kept, ${kept.skipped.length} skipped); ×${(t.worst.medianMs / t.plain.medianMs).toFixed(1)} round sites; CPU ${t.worst.cpuMedianMs.toFixed(0)} ms`;
  log(`file: worst projects file ${t.worst.medianMs.toFixed(0)} ms (${note})`);
  return [
    { bench: 'file', case: 'worst projects file within limits: parse + check', ...t.worst, note },
    {
      bench: 'file',
      case: 'same number of round sites',
      ...t.plain,
      note: 'baseline, same run',
    },
  ];
}

export const fileBench: BenchModule = { name: 'file', run: () => runFileBench() };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runFileBench();
}
