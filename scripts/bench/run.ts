import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../geojson-io';
import { analysisBench } from './analysis-bench';
import { fileBench } from './file-bench';
import { filterBench } from './filter-bench';
import { hashBench } from './hash-bench';
import { importBench } from './import-bench';
import { linkBench } from './link-bench';
import type { BenchModule, BenchRow } from './timing';

// npm run bench [-- name ...]: runs every module in BENCHES (or those named), prints one table
// and writes bench-results/latest.json (git-ignored). Add a module by appending it here.
const BENCHES: readonly BenchModule[] = [
  linkBench,
  filterBench,
  hashBench,
  analysisBench,
  importBench,
  fileBench,
];

function printTable(rows: readonly BenchRow[]): void {
  const cells = rows.map((r) => [
    r.bench,
    r.case,
    r.runs > 1 ? r.medianMs.toFixed(1) : '',
    r.runs > 1 ? r.minMs.toFixed(1) : '',
    r.runs > 1 ? String(r.runs) : '',
    r.note,
  ]);
  const head = ['bench', 'case', 'median ms', 'min ms', 'runs', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const rows: BenchRow[] = [];
  for (const b of BENCHES) {
    if (wanted.length > 0 && !wanted.includes(b.name)) continue;
    rows.push(...(await b.run()));
  }
  printTable(rows);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const result = { date: new Date().toISOString(), node: process.version, rows };
  writeFileSync(join(ROOT, 'bench-results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
