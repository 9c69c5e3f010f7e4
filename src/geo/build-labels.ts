import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { areaLabelAnchor, type LabelProps, labelPoint, lineLabelAnchor } from './label-points';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

const isArea = (g: Geometry): g is Polygon | MultiPolygon =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine = (g: Geometry): g is LineString | MultiLineString =>
  g.type === 'LineString' || g.type === 'MultiLineString';
const text = (v: unknown) => (typeof v === 'string' ? v : '');

function label(
  f: AnyFeature,
  role: LabelProps['role'],
  rank: number,
): Feature<Point, LabelProps> | null {
  const props: LabelProps = {
    role,
    name_zh: text(f.properties.name_zh),
    name_en: text(f.properties.name_en),
    rank,
  };
  if (typeof f.properties.zone_id === 'string') props.zone_id = f.properties.zone_id;
  if (isArea(f.geometry)) return labelPoint(areaLabelAnchor(f.geometry), props);
  if (isLine(f.geometry)) return labelPoint(lineLabelAnchor(f.geometry, 0.35), props);
  return null;
}

/**
 * Label anchors for the map, computed once per load: the district, its neighbours, the river and
 * the four zones (ranked first so they win collisions).
 */
export function buildLabels(
  district: FeatureCollection<Geometry, Record<string, unknown>>,
  context: FeatureCollection<Geometry, Record<string, unknown>>,
  zones: FeatureCollection<Geometry, Record<string, unknown>>,
): FeatureCollection<Point, LabelProps> {
  const out: (Feature<Point, LabelProps> | null)[] = [];
  for (const f of zones.features) if (f.properties.role === 'zone') out.push(label(f, 'zone', 0));
  for (const f of district.features) out.push(label(f, 'district', 2));
  for (const f of context.features) {
    out.push(label(f, f.properties.role === 'river' ? 'river' : 'neighbour', 3));
  }
  return { type: 'FeatureCollection', features: out.filter((f) => f !== null) };
}
