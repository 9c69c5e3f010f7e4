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

type Collection = FeatureCollection<Geometry, Record<string, unknown>>;
type Label = Feature<Point, LabelProps>;

// Each collection's labels, once: the datasets arrive one by one and each arrival rebuilds the
// whole set, so the anchors already found (centres of mass of long outlines) are kept.
const cache = new WeakMap<Collection, Label[]>();

function labelsOf(collection: Collection, toLabel: (f: AnyFeature) => Label | null): Label[] {
  let labels = cache.get(collection);
  if (!labels) {
    labels = collection.features.map(toLabel).filter((f) => f !== null);
    cache.set(collection, labels);
  }
  return labels;
}

/**
 * Label anchors for the map: the district, its neighbours, the river and the four zones (ranked
 * first so they win collisions).
 */
export function buildLabels(
  district: Collection,
  context: Collection,
  zones: Collection,
): FeatureCollection<Point, LabelProps> {
  const features = [
    ...labelsOf(zones, (f) => (f.properties.role === 'zone' ? label(f, 'zone', 0) : null)),
    ...labelsOf(district, (f) => label(f, 'district', 2)),
    ...labelsOf(context, (f) => label(f, f.properties.role === 'river' ? 'river' : 'neighbour', 3)),
  ];
  return { type: 'FeatureCollection', features };
}
