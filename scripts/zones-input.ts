import type { MultiPolygon, Polygon } from 'geojson';
import { DISTRICT_SCHEMA } from '../src/data/dataset-schemas';
import { formatValidationError } from '../src/data/format-validation-error';
import { validateFeatureCollection } from '../src/data/validate-geojson';

/** 九龙坡区's outline from parsed district.geojson, validated first so a bad file stops the build. */
export function districtOutline(json: unknown): Polygon | MultiPolygon {
  const result = validateFeatureCollection(json, DISTRICT_SCHEMA);
  if (!result.ok) {
    const messages = result.errors.map((e) => formatValidationError(e, 'en'));
    throw new Error(`district.geojson is invalid:\n${messages.join('\n')}`);
  }
  const [feature] = result.collection.features;
  if (feature === undefined) throw new Error('district.geojson has no feature');
  return feature.geometry;
}
