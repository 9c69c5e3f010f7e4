import type { FeatureCollection } from 'geojson';
import type maplibregl from 'maplibre-gl';
import type { GeoJSONSource, LayerSpecification } from 'maplibre-gl';
import { ENTITY_LAYER_IDS } from './entity-layers';

/** One imported layer as the map needs it. */
export interface UserMapLayer {
  id: string;
  colour: string;
  visible: boolean;
  data: FeatureCollection;
}

const prefix = (id: string) => `user-${id}`;
const isArea = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isLine = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const isPoint = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];

function specs(layer: UserMapLayer): LayerSpecification[] {
  const source = prefix(layer.id);
  const c = layer.colour;
  return [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: isArea,
      paint: { 'fill-color': c, 'fill-opacity': 0.18 },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: ['any', isArea, isLine],
      paint: { 'line-color': c, 'line-width': 2.5 },
    },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: isPoint,
      paint: {
        'circle-color': c,
        'circle-radius': 5.5,
        // A dark ring tells imported points from the built-in ones (white-ringed).
        'circle-stroke-color': '#1f2328',
        'circle-stroke-width': 2,
      },
    },
  ] as LayerSpecification[];
}

/**
 * The user's imported layers: a GeoJSON source and fill/line/circle layers each, above the
 * zones and below the enterprise and project points. Owned by JlpMap.
 */
export class UserLayers {
  private shown = new Map<string, UserMapLayer>();

  constructor(private readonly map: maplibregl.Map) {}

  /** Brings the map in step with the list: adds, updates and removes as needed. */
  set(layers: readonly UserMapLayer[]): void {
    const keep = new Set(layers.map((l) => l.id));
    for (const id of this.shown.keys()) if (!keep.has(id)) this.remove(id);
    for (const layer of layers) this.upsert(layer);
  }

  private upsert(layer: UserMapLayer): void {
    const before = this.shown.get(layer.id);
    const source = prefix(layer.id);
    if (!before) {
      this.map.addSource(source, { type: 'geojson', data: layer.data });
      const beneath = this.map.getLayer(ENTITY_LAYER_IDS.siteFill)
        ? ENTITY_LAYER_IDS.siteFill
        : undefined;
      for (const spec of specs(layer)) this.map.addLayer(spec, beneath);
    } else if (before.data !== layer.data) {
      this.map.getSource<GeoJSONSource>(source)?.setData(layer.data);
    }
    for (const spec of specs(layer)) {
      if (!before || before.colour !== layer.colour) this.paint(spec.id, spec.type, layer.colour);
      this.map.setLayoutProperty(spec.id, 'visibility', layer.visible ? 'visible' : 'none');
    }
    this.shown.set(layer.id, layer);
  }

  private paint(id: string, type: string, colour: string): void {
    const property =
      type === 'fill' ? 'fill-color' : type === 'line' ? 'line-color' : 'circle-color';
    this.map.setPaintProperty(id, property, colour);
  }

  private remove(id: string): void {
    const source = prefix(id);
    for (const spec of specs({ id, colour: '', visible: false, data: EMPTY })) {
      if (this.map.getLayer(spec.id)) this.map.removeLayer(spec.id);
    }
    if (this.map.getSource(source)) this.map.removeSource(source);
    this.shown.delete(id);
  }
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
