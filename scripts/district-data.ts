import { bboxPolygon, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  type ContextFeature,
  type DistrictFeature,
  type DistrictProperties,
  NEIGHBOURHOOD_BBOX,
  type RiverFeature,
} from '../src/domain/district';
import type { ProvenancedCollection } from '../src/domain/provenance';
import { areaKm2, roundTo } from '../src/geo/area';
import { convertGeometry } from '../src/geo/crs';
import { decodeEChartsGeoJson, type EncodedCollection } from '../src/geo/echarts-decode';
import { lengthKm } from '../src/geo/length';
import { orientRfc7946, roundPolygonal } from '../src/geo/ring';
import { type LngLatBox, riverAlongBoundary } from '../src/geo/river-line';
import { distanceToEdgesKm, ringEdges } from '../src/geo/shared-boundary';
import { CONTEXT_PROVENANCE, DISTRICT_PROVENANCE } from './district-provenance';

export const JIULONGPO_ADCODE = '500107';
/** Neighbours whose outline comes within this distance (km) of Jiulongpo's form the context. */
export const CONTEXT_RADIUS_KM = 2;

/** English names of the districts the context layer can hold (adcode → name). */
const NAMES_EN: Readonly<Record<string, string>> = {
  '500103': 'Yuzhong District',
  '500104': 'Dadukou District',
  '500105': 'Jiangbei District',
  '500106': 'Shapingba District',
  '500107': 'Jiulongpo District',
  '500108': "Nan'an District",
  '500112': 'Yubei District',
  '500113': 'Banan District',
  '500116': 'Jiangjin District',
  '500120': 'Bishan District',
};

/** The Yangtze's left bank in view (九龙坡, 大渡口, 渝中) and its right bank (江津, 巴南, 南岸). */
const NEAR_BANK = ['500107', '500104', '500103'];
const FAR_BANK = ['500116', '500113', '500108'];
/** Independently simplified borders on the two banks differ by ≤ 0.08 km (measured); 1.5 grid cells. */
const RIVER_TOLERANCE_KM = 0.15;
/**
 * The 九龙坡–江津 border is the river only south and east of 西彭's south-western bend
 * (≈106.282, 29.282), where the outline turns from the smooth river bank to the jagged land
 * border with 江津's 双福/德感; this box (north of 29.285°, west of 106.36°) holds that land part.
 */
const LAND_BORDERS: readonly LngLatBox[] = [[105.9, 29.285, 106.36, 29.9]];

export interface PreparedDistrict {
  adcode: string;
  name_zh: string;
  geometry: Polygon | MultiPolygon;
}

/** Decodes the ECharts map and converts every district to WGS-84, rounded and RFC-wound. */
export function prepareDistricts(source: EncodedCollection): PreparedDistrict[] {
  return decodeEChartsGeoJson(source).features.map((f) => {
    const wgs = convertGeometry(f.geometry, 'GCJ-02', 'WGS-84');
    return {
      adcode: String(f.id),
      name_zh: String(f.properties?.name),
      geometry: orientRfc7946(roundPolygonal(wgs, 6)),
    };
  });
}

function find(districts: readonly PreparedDistrict[], adcode: string): PreparedDistrict {
  const found = districts.find((d) => d.adcode === adcode);
  if (found === undefined) throw new Error(`district ${adcode} not in the source`);
  return found;
}

/** A context outline cut to NEIGHBOURHOOD_BBOX: 江津 and 巴南 reach 50 km beyond the view. */
function clipToNeighbourhood(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const district: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry };
  const clipped = intersect(featureCollection([bboxPolygon([...NEIGHBOURHOOD_BBOX]), district]));
  if (clipped === null) throw new Error('context: a district lies outside the neighbourhood');
  return orientRfc7946(roundPolygonal(clipped.geometry, 6));
}

/** The district's feature; `clip` cuts the outline (not the area) to the neighbourhood. */
function districtFeature(d: PreparedDistrict, clip = false): DistrictFeature {
  const name_en = NAMES_EN[d.adcode];
  if (name_en === undefined) throw new Error(`no English name for ${d.adcode} ${d.name_zh}`);
  const properties: DistrictProperties = {
    adcode: d.adcode,
    role: 'district',
    name_zh: d.name_zh,
    name_en,
    area_km2: roundTo(areaKm2(d.geometry), 2),
    schematic: false,
  };
  const geometry = clip ? clipToNeighbourhood(d.geometry) : d.geometry;
  return { type: 'Feature', id: d.adcode, properties, geometry };
}

/** data/geojson/district.geojson: 九龙坡区 alone, with provenance. */
export function buildDistrict(source: EncodedCollection): ProvenancedCollection<DistrictFeature> {
  const jiulongpo = find(prepareDistricts(source), JIULONGPO_ADCODE);
  return {
    type: 'FeatureCollection',
    provenance: DISTRICT_PROVENANCE,
    features: [districtFeature(jiulongpo)],
  };
}

/** The districts (other than 九龙坡) with a vertex within CONTEXT_RADIUS_KM of its outline. */
export function neighbours(districts: readonly PreparedDistrict[]): PreparedDistrict[] {
  const edges = ringEdges([find(districts, JIULONGPO_ADCODE).geometry]);
  return districts
    .filter((d) => d.adcode !== JIULONGPO_ADCODE)
    .filter((d) =>
      ringEdges([d.geometry]).some(([p]) => distanceToEdgesKm(p, edges) <= CONTEXT_RADIUS_KM),
    )
    .sort((a, b) => a.adcode.localeCompare(b.adcode));
}

function yangtzeFeature(districts: readonly PreparedDistrict[]): RiverFeature {
  const pick = (codes: string[]) => codes.map((c) => find(districts, c).geometry);
  const geometry = riverAlongBoundary(pick(NEAR_BANK), pick(FAR_BANK), {
    toleranceKm: RIVER_TOLERANCE_KM,
    landBorders: LAND_BORDERS,
  });
  return {
    type: 'Feature',
    id: 'yangtze',
    properties: {
      role: 'river',
      name_zh: '长江',
      name_en: 'Yangtze River',
      schematic: true,
      length_km: roundTo(lengthKm(geometry), 2),
      note_zh: '示意:沿行政区界绘制(此段区界沿长江中心线),自西彭至朝天门,顺流方向。',
      note_en:
        'Schematic: drawn along the administrative boundary, which follows the river’s centre line; from Xipeng to Chaotianmen, downstream.',
    },
    geometry,
  };
}

/** data/geojson/context.geojson: the neighbouring districts and the Yangtze, with provenance. */
export function buildContext(source: EncodedCollection): ProvenancedCollection<ContextFeature> {
  const districts = prepareDistricts(source);
  const features: ContextFeature[] = neighbours(districts).map((d) => districtFeature(d, true));
  features.push(yangtzeFeature(districts));
  return { type: 'FeatureCollection', provenance: CONTEXT_PROVENANCE, features };
}
