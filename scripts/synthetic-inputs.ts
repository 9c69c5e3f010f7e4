import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ZoneFeature } from '../src/domain/zone';
import { DISTRICT_FILE, readJsonFile, ZONES_FILE } from './geojson-io';

/** The zone areas and the district outline the synthetic generator places records in. */
export function readSyntheticInputs(): { zones: ZoneFeature[]; district: Polygon | MultiPolygon } {
  const zones = (readJsonFile(ZONES_FILE) as FeatureCollection).features.filter(
    (f): f is ZoneFeature => f.properties?.role === 'zone',
  );
  const districtFc = readJsonFile(DISTRICT_FILE) as FeatureCollection<Polygon | MultiPolygon>;
  const district = districtFc.features.find((f: Feature) => f.properties?.role === 'district');
  if (!district) throw new Error(`${DISTRICT_FILE}: no feature with role "district"`);
  return { zones, district: district.geometry };
}
