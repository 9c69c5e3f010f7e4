import type { MultiPolygon, Polygon } from 'geojson';
import type { ZoneFeature } from '../../src/domain/zone';
import { realRecords } from '../real-records';
import { generateEnterprisesIn } from './generate-enterprises';
import { generateProjectsIn } from './generate-projects';
import { makeSpace } from './sampler';
import {
  enterpriseFeature,
  projectFeature,
  stringifyCollection,
  syntheticProvenance,
} from './to-geojson';

/** The app's sample: the plan's 2025 scale of 4,000 tech-based firms, 300 projects. */
export const SYNTHETIC_DEFAULTS = { enterprises: 4000, projects: 300, seed: 20220214 } as const;

export interface SyntheticOptions {
  enterprises: number;
  projects: number;
  seed: number;
}

/**
 * The enterprises as `parts` FeatureCollections of about equal size, each with the dataset's
 * provenance (one part may be at most 100 MB when loaded by a link), for a manifest of parts.
 */
export function splitCollection(text: string, parts: number): string[] {
  const head = text.slice(0, text.indexOf('"features": [\n') + '"features": [\n'.length);
  const lines = text.slice(head.length).split(',\n');
  const last = lines.length - 1;
  lines[last] = (lines[last] as string).replace(/\n\]\n\}\n$/, '');
  const size = Math.ceil(lines.length / parts);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += size) {
    out.push(`${head}${lines.slice(i, i + size).join(',\n')}\n]\n}\n`);
  }
  return out;
}

/**
 * The text of enterprises.geojson and projects.geojson: real records first, then synthetic
 * ones. Pure and deterministic: the same options and inputs give byte-identical files.
 */
export function buildSyntheticFiles(
  options: SyntheticOptions,
  zones: readonly ZoneFeature[],
  district: Polygon | MultiPolygon,
): { enterprises: string; projects: string; realCounts: [number, number] } {
  const space = makeSpace(zones, district);
  const real = realRecords();
  const enterprises = generateEnterprisesIn(space, options.enterprises, options.seed);
  const projects = generateProjectsIn(space, options.projects, options.seed, enterprises);
  const { seed } = options;
  const provE = syntheticProvenance(seed, real.enterprises.length, enterprises.length);
  const provP = syntheticProvenance(seed, real.projects.length, projects.length);
  return {
    enterprises: stringifyCollection(
      provE,
      [...real.enterprises, ...enterprises].map(enterpriseFeature),
    ),
    projects: stringifyCollection(provP, [...real.projects, ...projects].map(projectFeature)),
    realCounts: [real.enterprises.length, real.projects.length],
  };
}
