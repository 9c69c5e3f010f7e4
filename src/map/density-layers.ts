import type { FeatureCollection } from 'geojson';
import maplibregl, {
  type ExpressionSpecification,
  type GeoJSONSource,
  type MapLayerMouseEvent,
} from 'maplibre-gl';
import { ENTITY_LAYER_IDS } from './entity-layers';

/** What the map needs to draw a density view; built by the sync hook from src/geo/density. */
export interface DensityView {
  mode: 'hexagons' | 'heatmap';
  /** Hexagons (polygons with `value` and `count`) or, for the heatmap, points with `value`. */
  data: FeatureCollection;
  /** Upper bounds of the classes (ascending); colours has one more entry than breaks. */
  breaks: readonly number[];
  colours: readonly string[];
  /** The largest cell value, to scale heatmap weights to 0–1. */
  max: number;
  /** Tooltip text for a hovered hexagon, from its properties (plain text, set with setText). */
  describe: (props: Record<string, unknown>) => string;
}

const SOURCE_HEX = 'density-hex';
const SOURCE_HEAT = 'density-heat';
export const DENSITY_LAYER_IDS = {
  hexFill: 'density-hex-fill',
  hexLine: 'density-hex-line',
  heat: 'density-heat',
} as const;

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const lit: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'focus'], false],
];

function stepColour(breaks: readonly number[], colours: readonly string[]) {
  const [first = '#cccccc', ...rest] = colours;
  if (breaks.length === 0) return first;
  return [
    'step',
    ['get', 'value'],
    first,
    ...breaks.flatMap((b, i) => [b + Number.EPSILON * Math.max(1, b), rest[i] ?? first]),
  ] as unknown as ExpressionSpecification;
}

/** The hexagon grid and heatmap layers, below the record layers. Owned by JlpMap. */
export class DensityLayers {
  private hovered: number | null = null;
  private focused: number | null = null;
  private describe: DensityView['describe'] = () => '';
  private readonly tooltip = new maplibregl.Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'entity-tooltip',
  });

  private created = false;

  constructor(private readonly map: maplibregl.Map) {}

  /**
   * Adds the sources and (hidden) layers on the first density view, not at load: two more
   * sources to tile and three layers to lay out before the first idle, for a view few open.
   */
  private ensure(): void {
    if (this.created) return;
    this.created = true;
    const map = this.map;
    const before = ENTITY_LAYER_IDS.siteFill;
    map.addSource(SOURCE_HEX, { type: 'geojson', data: empty });
    map.addSource(SOURCE_HEAT, { type: 'geojson', data: empty });
    map.addLayer(
      {
        id: DENSITY_LAYER_IDS.heat,
        type: 'heatmap',
        source: SOURCE_HEAT,
        layout: { visibility: 'none' },
        paint: {
          'heatmap-radius': ['interpolate', ['exponential', 2], ['zoom'], 9, 12, 12, 45, 15, 200],
          'heatmap-opacity': 0.85,
        },
      },
      before,
    );
    map.addLayer(
      {
        id: DENSITY_LAYER_IDS.hexFill,
        type: 'fill',
        source: SOURCE_HEX,
        layout: { visibility: 'none' },
        paint: { 'fill-opacity': ['case', lit, 0.95, 0.72] },
      },
      before,
    );
    map.addLayer(
      {
        id: DENSITY_LAYER_IDS.hexLine,
        type: 'line',
        source: SOURCE_HEX,
        layout: { visibility: 'none' },
        paint: {
          'line-color': ['case', lit, '#000000', '#ffffff'],
          'line-width': ['case', lit, 2.5, 0.5],
        },
      },
      before,
    );
    map.on('mousemove', DENSITY_LAYER_IDS.hexFill, (e) => this.onMove(e));
    map.on('mouseleave', DENSITY_LAYER_IDS.hexFill, () => this.onLeave());
  }

  /** Shows a density view, or hides both layers when view is null. */
  set(view: DensityView | null): void {
    if (view === null && !this.created) return;
    this.ensure();
    const map = this.map;
    this.onLeave();
    const show = (id: string, on: boolean) =>
      map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
    show(DENSITY_LAYER_IDS.hexFill, view?.mode === 'hexagons');
    show(DENSITY_LAYER_IDS.hexLine, view?.mode === 'hexagons');
    show(DENSITY_LAYER_IDS.heat, view?.mode === 'heatmap');
    const hex = map.getSource<GeoJSONSource>(SOURCE_HEX);
    const heat = map.getSource<GeoJSONSource>(SOURCE_HEAT);
    if (view === null) {
      hex?.setData(empty);
      heat?.setData(empty);
      return;
    }
    this.describe = view.describe;
    if (view.mode === 'hexagons') {
      map.setPaintProperty(
        DENSITY_LAYER_IDS.hexFill,
        'fill-color',
        stepColour(view.breaks, view.colours),
      );
      hex?.setData(view.data);
      heat?.setData(empty);
    } else {
      // The legend's colours, low to high, over a transparent floor (no data, no tint).
      map.setPaintProperty(DENSITY_LAYER_IDS.heat, 'heatmap-color', [
        'interpolate',
        ['linear'],
        ['heatmap-density'],
        0,
        'rgba(255,255,178,0)',
        ...view.colours.flatMap((c, i) => [(i + 1) / view.colours.length, c]),
      ]);
      map.setPaintProperty(DENSITY_LAYER_IDS.heat, 'heatmap-weight', [
        '/',
        ['get', 'value'],
        Math.max(view.max, 1e-9),
      ]);
      heat?.setData(view.data);
      hex?.setData(empty);
    }
    if (this.focused !== null) this.setState(this.focused, { focus: true });
  }

  /** A cell focused in the panel's list (keyboard users) lights up on the map. */
  setFocused(key: number | null): void {
    if (this.focused !== null) this.setState(this.focused, { focus: false });
    this.focused = key;
    if (key !== null) this.setState(key, { focus: true });
  }

  private onMove(e: MapLayerMouseEvent): void {
    const f = e.features?.[0];
    const id = typeof f?.id === 'number' ? f.id : null;
    if (id !== this.hovered) {
      if (this.hovered !== null) this.setState(this.hovered, { hover: false });
      this.hovered = id;
      if (id !== null) this.setState(id, { hover: true });
    }
    if (f) this.tooltip.setLngLat(e.lngLat).setText(this.describe(f.properties)).addTo(this.map);
  }

  private onLeave(): void {
    if (this.hovered !== null) this.setState(this.hovered, { hover: false });
    this.hovered = null;
    this.tooltip.remove();
  }

  private setState(id: number, state: Record<string, boolean>): void {
    if (!this.created) return;
    this.map.setFeatureState({ source: SOURCE_HEX, id }, state);
  }

  destroy(): void {
    this.tooltip.remove();
  }
}
