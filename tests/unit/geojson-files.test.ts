import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, readJsonFile } from '../../scripts/geojson-io';
import { GEOJSON_SCHEMAS } from '../../src/data/dataset-schemas';
import { formatValidationError } from '../../src/data/format-validation-error';
import { validateFeatureCollection } from '../../src/data/validate-geojson';

const DIR = `${ROOT}data/geojson`;
const files = readdirSync(DIR).filter((f) => f.endsWith('.geojson'));
// Datasets with their own validator (enterprises, projects) have no entry in GEOJSON_SCHEMAS.
const validated = files.filter((f) => f in GEOJSON_SCHEMAS).sort();

describe('data/geojson files', () => {
  it('has a file for every schema in the registry', () => {
    expect(validated).toEqual(Object.keys(GEOJSON_SCHEMAS).sort());
  });

  it.each(validated)('%s is valid', (file) => {
    const schema = GEOJSON_SCHEMAS[file];
    if (schema === undefined) throw new Error(`no schema for ${file}`);
    const result = validateFeatureCollection(readJsonFile(`${DIR}/${file}`), schema);
    const problems = result.ok
      ? []
      : result.errors.map((e) => `${file}: ${formatValidationError(e, 'en')}`);
    expect(problems).toEqual([]);
  });
});
