import { buffer, featureCollection, intersect, lineString, polygon } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Provenance, ProvenancedCollection } from '../src/domain/provenance';
import type { ZoneAxisFeature, ZoneFeature } from '../src/domain/zone';
import { areaKm2, roundTo } from '../src/geo/area';
import { lengthKm } from '../src/geo/length';
import { orientRfc7946, roundPolygonal } from '../src/geo/ring';
import { EXTRACTION_DATE } from './district-provenance';
import { ZONE_DEFINITIONS, type ZoneDefinition, type ZoneShape } from './zone-definitions';
import { AXIS_NAMES, ZONE_TEXTS } from './zone-texts';

export type ZonesFeature = ZoneFeature | ZoneAxisFeature;

export const ZONES_PROVENANCE: Provenance = {
  source_zh:
    '本项目自绘:依据团队地理资料(geography.md)与《九龙坡区科技创新“十四五”发展规划》政策解读(2022-02-14),以区界裁剪',
  source_en:
    'Our own drawing, from the team’s geography notes (geography.md) and the interpretation of the Jiulongpo District S&T Innovation 14th Five-Year Plan (2022-02-14), clipped to the district outline',
  original_crs: 'WGS-84',
  crs: 'WGS-84',
  conversion: 'none',
  licence:
    'Project data (our drawing); the clipping outline derives from echarts@4.9.0 (Apache-2.0, from AMap data)',
  licence_zh: '项目数据（本项目绘制）；裁剪用的区界来自 echarts@4.9.0（Apache-2.0，源自高德数据）',
  date: EXTRACTION_DATE,
  confidence: 'medium',
  schematic: true,
  synthetic: false,
  note_zh:
    '“两园两带”的位置为我们对规划文字的解读,均为示意范围,不是官方边界;与区界相接处沿实际区界。两园按镇街大致位置绘制,两带为轴线两侧的走廊。',
  note_en:
    'The “two parks, two belts” are our reading of the plan’s wording: schematic extents, not official boundaries; where a zone meets the district border it follows the real outline. The parks are drawn from the approximate positions of their towns and subdistricts, the belts as corridors either side of an axis.',
};

/** The unclipped shape: a park's extent, or a belt's axis buffered by its half-width (km). */
function rawShape(shape: ZoneShape): Feature<Polygon | MultiPolygon> {
  if (shape.kind === 'park') return polygon([shape.extent]);
  const corridor = buffer(lineString(shape.axis), shape.halfWidthKm, { units: 'kilometers' });
  if (corridor === undefined) throw new Error('zones: empty buffer');
  return corridor;
}

/** The zone's shape clipped to the district, rounded to 6 decimals and RFC 7946-wound. */
export function zoneGeometry(
  shape: ZoneShape,
  district: Polygon | MultiPolygon,
): Polygon | MultiPolygon {
  const districtFeature: Feature<Polygon | MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: district,
  };
  const clipped = intersect(featureCollection([rawShape(shape), districtFeature]));
  if (clipped === null) throw new Error('zones: a zone lies outside the district');
  return orientRfc7946(roundPolygonal(clipped.geometry, 6));
}

function zoneFeature(def: ZoneDefinition, district: Polygon | MultiPolygon): ZoneFeature {
  const geometry = zoneGeometry(def.shape, district);
  const text = ZONE_TEXTS[def.id];
  return {
    type: 'Feature',
    id: def.id,
    properties: {
      zone_id: def.id,
      role: 'zone',
      name_zh: text.name_zh,
      name_en: text.name_en,
      kind: def.shape.kind,
      theme_zh: text.theme_zh,
      theme_en: text.theme_en,
      industries_zh: text.industries_zh,
      industries_en: text.industries_en,
      platforms_zh: text.platforms_zh,
      platforms_en: text.platforms_en,
      description_zh: text.description_zh,
      description_en: text.description_en,
      area_km2: roundTo(areaKm2(geometry), 2),
      schematic: true,
      confidence: def.confidence,
      basis_zh: text.basis_zh,
      basis_en: text.basis_en,
    },
    geometry,
  };
}

function axisFeature(def: ZoneDefinition): ZoneAxisFeature | null {
  const names = AXIS_NAMES[def.id];
  if (def.shape.kind !== 'belt' || names === undefined) return null;
  const geometry: LineString = { type: 'LineString', coordinates: def.shape.axis };
  return {
    type: 'Feature',
    id: `${def.id}-axis`,
    properties: {
      zone_id: def.id,
      role: 'axis',
      name_zh: names.name_zh,
      name_en: names.name_en,
      schematic: true,
      length_km: roundTo(lengthKm(geometry), 2),
    },
    geometry,
  };
}

/**
 * data/geojson/zones.geojson: the four zones' areas (in ZONE_IDS order), then the belts' axes.
 * `district` is 九龙坡区's outline in WGS-84, as in data/geojson/district.geojson.
 */
export function buildZones(district: Polygon | MultiPolygon): ProvenancedCollection<ZonesFeature> {
  const areas: ZonesFeature[] = ZONE_DEFINITIONS.map((def) => zoneFeature(def, district));
  const axes = ZONE_DEFINITIONS.map(axisFeature).filter((f): f is ZoneAxisFeature => f !== null);
  return { type: 'FeatureCollection', provenance: ZONES_PROVENANCE, features: [...areas, ...axes] };
}
