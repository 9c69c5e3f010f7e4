import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MultiPolygon } from 'geojson';
import { ImportError } from '../../../src/data/import/import-error';
import { importFile } from '../../../src/data/import/import-file';
import type { ImportOptions, ImportResult } from '../../../src/domain/import';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/import/`;

/** A fixture's bytes; a missing fixture throws (and fails the test), it never skips. */
export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(`${FIXTURES}${name}`));
}

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

export const DISTRICT = (
  JSON.parse(readFileSync(`${ROOT}data/geojson/district.geojson`, 'utf8')) as {
    features: { geometry: MultiPolygon }[];
  }
).features[0]?.geometry as MultiPolygon;

/** Imports a fixture as the worker would (with the district for the offset check). */
export function importFixture(
  name: string,
  options: ImportOptions = { crs: null },
): Promise<ImportResult> {
  return importFile(new Blob([fixtureBytes(name)]), name, options, undefined, undefined, {
    district: DISTRICT,
  });
}

/** The ImportIssue code an import rejects with (fails the test if it resolves). */
export async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error.issue.code;
    throw error;
  }
  throw new Error('expected the import to fail');
}
