import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './geojson-io';
import { buildSyntheticFiles, SYNTHETIC_DEFAULTS } from './synthetic/build';
import { readSyntheticInputs } from './synthetic-inputs';

// npm run data:synthetic -- [--enterprises N] [--projects M] [--seed S] [--out DIR]
// Writes enterprises.geojson and projects.geojson (default: data/geojson), real records first.
// Reads data/geojson/zones.geojson and district.geojson: run data:district and data:zones first.

function option(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`--${name} must be a non-negative integer, got ${value}`);
  }
  return n;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      enterprises: { type: 'string' },
      projects: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const options = {
    enterprises: option(values.enterprises, SYNTHETIC_DEFAULTS.enterprises, 'enterprises'),
    projects: option(values.projects, SYNTHETIC_DEFAULTS.projects, 'projects'),
    seed: option(values.seed, SYNTHETIC_DEFAULTS.seed, 'seed'),
  };
  const out = resolve(values.out ?? join(ROOT, 'data/geojson'));
  const { zones, district } = readSyntheticInputs();
  const files = buildSyntheticFiles(options, zones, district);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'enterprises.geojson'), files.enterprises);
  writeFileSync(join(out, 'projects.geojson'), files.projects);
  const [realE, realP] = files.realCounts;
  console.log(
    `wrote ${options.enterprises} synthetic + ${realE} real enterprises and ${options.projects} synthetic + ${realP} real projects to ${out} (seed ${options.seed})`,
  );
}

main();
