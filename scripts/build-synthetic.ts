import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './geojson-io';
import { buildSyntheticFiles, SYNTHETIC_DEFAULTS, splitCollection } from './synthetic/build';
import { readSyntheticInputs } from './synthetic-inputs';

// npm run data:synthetic -- [--enterprises N] [--projects M] [--seed S] [--out DIR] [--parts P]
// Writes enterprises.geojson and projects.geojson (default: data/geojson), real records first.
// With --parts P the enterprises go into P files enterprises-000.geojson … and a manifest
// enterprises.manifest.json listing them (load it with ?enterprises=/…/enterprises.manifest.json).
// Reads data/geojson/zones.geojson and district.geojson: run data:district and data:zones first.

function option(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`--${name} must be a non-negative integer, got ${value}`);
  }
  return n;
}

/** The enterprises in `count` part files plus their manifest (src/data/dataset-manifest.ts). */
function writeParts(out: string, text: string, count: number): void {
  const parts = splitCollection(text, count);
  const names = parts.map((_, i) => `enterprises-${String(i).padStart(3, '0')}.geojson`);
  for (const [i, part] of parts.entries()) writeFileSync(join(out, names[i] as string), part);
  const records = (text.match(/\n\{"type":"Feature"/g) ?? []).length;
  const manifest = { type: 'jlp-dataset-parts', records, parts: names };
  writeFileSync(join(out, 'enterprises.manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      enterprises: { type: 'string' },
      projects: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      parts: { type: 'string' },
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
  const parts = option(values.parts, 0, 'parts');
  if (parts > 0) writeParts(out, files.enterprises, parts);
  else writeFileSync(join(out, 'enterprises.geojson'), files.enterprises);
  writeFileSync(join(out, 'projects.geojson'), files.projects);
  const [realE, realP] = files.realCounts;
  console.log(
    `wrote ${options.enterprises} synthetic + ${realE} real enterprises and ${options.projects} synthetic + ${realP} real projects to ${out} (seed ${options.seed})`,
  );
}

main();
