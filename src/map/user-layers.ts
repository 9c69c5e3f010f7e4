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
      paint: { 'fill-color': c, 'fill-opacity': REST.fill },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: ['any', isArea, isLine],
      paint: { 'line-color': c, 'line-width': REST.line },
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
/** Fill opacity and outline width at rest and when the layer is the selected user zone. */
const REST = { fill: 0.18, line: 2.5 };
const SELECTED = { fill: 0.32, line: 5 };

export class UserLayers {
  private shown = new Map<string, UserMapLayer>();
  private selected: string | null = null;

  constructor(private readonly map: maplibregl.Map) {}

  /** Emphasises one layer's polygons (a selected user zone); null for none. */
  select(id: string | null): void {
    const before = this.selected;
    this.selected = id;
    if (before && before !== id) this.emphasise(before, false);
    if (id) this.emphasise(id, true);
  }

  private emphasise(id: string, on: boolean): void {
    const look = on ? SELECTED : REST;
    const fill = `${prefix(id)}-fill`;
    const line = `${prefix(id)}-line`;
    if (this.map.getLayer(fill)) this.map.setPaintProperty(fill, 'fill-opacity', look.fill);
    if (this.map.getLayer(line)) this.map.setPaintProperty(line, 'line-width', look.line);
  }

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
      if (this.selected === layer.id) this.emphasise(layer.id, true);
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
