import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ZONES_FILE } from '../../scripts/geojson-io';
import { DISTRICT_SCHEMA, ZONES_SCHEMA } from '../../src/data/dataset-schemas';
import { formatValidationError } from '../../src/data/format-validation-error';
import { validateFeatureCollection } from '../../src/data/validate-geojson';
import type { DatasetSchema, ValidationError } from '../../src/data/validation-types';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/validate/${name}`, import.meta.url), 'utf8'));

function errorsOf(
  json: unknown,
  schema: DatasetSchema<Feature> = DISTRICT_SCHEMA,
): ValidationError[] {
  const result = validateFeatureCollection(json, schema);
  return result.ok ? [] : result.errors;
}

/** The one error a broken fixture must produce, on its second feature (大渡口区). */
function expectSingleError(name: string, code: ValidationError['code']) {
  const errors = errorsOf(fixture(name));
  expect(errors.map((e) => e.code)).toEqual([code]);
  expect(errors[0]).toMatchObject({ feature: 1, featureId: '500104', featureName: '大渡口区' });
  return errors[0];
}

describe('validateFeatureCollection: valid input', () => {
  it('accepts the valid fixture and returns the typed collection', () => {
    const result = validateFeatureCollection(fixture('valid-district.geojson'), DISTRICT_SCHEMA);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.collection.features[0]?.properties.name_en).toBe('Jiulongpo District');
  });
});

describe('validateFeatureCollection: broken fixtures', () => {
  it('finds an unclosed ring', () =>
    expect(expectSingleError('unclosed-ring.geojson', 'ring-not-closed')?.params).toEqual({
      polygon: 0,
      ring: 0,
    }));

  it('finds a clockwise outer ring', () =>
    expectSingleError('clockwise-outer-ring.geojson', 'outer-ring-clockwise'));

  it('finds a counter-clockwise hole', () =>
    expect(
      expectSingleError('counter-clockwise-hole.geojson', 'hole-counter-clockwise')?.params,
    ).toEqual({ polygon: 0, ring: 1 }));

  it('finds coordinates far outside the district (another city)', () =>
    expect(
      expectSingleError('out-of-area.geojson', 'coordinate-out-of-area')?.params,
    ).toMatchObject({ lng: 121.47, count: 5 }));

  it('finds coordinates that are not degrees (projected metres)', () =>
    expectSingleError('projected-metres.geojson', 'coordinate-not-wgs84'));

  it('finds a missing property', () =>
    expect(expectSingleError('missing-property.geojson', 'missing-property')?.params).toMatchObject(
      { property: 'name_en' },
    ));

  it('finds invalid GeoJSON', () =>
    expectSingleError('invalid-geojson.geojson', 'invalid-geojson'));

  it('finds a missing provenance member, on the collection', () => {
    const errors = errorsOf(fixture('missing-provenance.geojson'));
    expect(errors).toEqual([
      { code: 'missing-provenance', feature: null, featureId: null, featureName: null, params: {} },
    ]);
  });

  it('finds a provenance that declares another CRS than WGS-84', () => {
    const errors = errorsOf(fixture('gcj02-crs.geojson'));
    expect(errors.map((e) => [e.code, e.params.field])).toEqual([['bad-provenance', 'crs']]);
  });
});

describe('validateFeatureCollection: collection checks', () => {
  it('rejects what is not a FeatureCollection', () => {
    expect(errorsOf({ type: 'Feature' }).map((e) => e.code)).toEqual(['not-feature-collection']);
    expect(errorsOf('text').map((e) => e.code)).toEqual(['not-object']);
  });

  it('finds a wrongly typed property and a duplicate id', () => {
    const json = fixture('valid-district.geojson') as {
      features: { id: string; properties: Record<string, unknown> }[];
    };
    const second = json.features[1];
    if (second === undefined) throw new Error('fixture has two features');
    second.id = '500107';
    second.properties.area_km2 = '1.07';
    expect(errorsOf(json).map((e) => [e.code, e.feature])).toEqual([
      ['bad-property-type', 1],
      ['duplicate-id', 1],
    ]);
  });

  it('finds a zone missing from zones.geojson', () => {
    const zones = JSON.parse(readFileSync(ZONES_FILE, 'utf8')) as { features: { id: string }[] };
    zones.features = zones.features.filter((f) => f.id !== 'jiulong-park');
    const errors = errorsOf(zones, ZONES_SCHEMA);
    expect(errors.map((e) => [e.code, e.params.value])).toEqual([
      ['missing-feature', 'jiulong-park'],
    ]);
  });
});

describe('formatValidationError', () => {
  const error: ValidationError = {
    code: 'ring-not-closed',
    feature: 3,
    featureId: 'x',
    featureName: '大渡口区',
    params: { polygon: 0, ring: 1 },
  };

  it('speaks Chinese, naming the feature by its 1-based number and name', () =>
    expect(formatValidationError(error, 'zh')).toBe(
      '第 4 个要素(大渡口区):第 1 个多边形的第 2 个环未闭合(首尾坐标不同)',
    ));

  it('speaks English', () =>
    expect(formatValidationError(error, 'en')).toBe(
      'Feature 4 (大渡口区): ring 2 of polygon 1 is not closed (first and last positions differ)',
    ));

  it('has no feature prefix for a collection-level error', () => {
    const missing: ValidationError = {
      ...error,
      code: 'missing-provenance',
      feature: null,
      featureName: null,
      params: {},
    };
    expect(formatValidationError(missing, 'en')).toBe('the provenance member is missing');
  });
});
