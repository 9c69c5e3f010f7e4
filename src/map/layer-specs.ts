import type {
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { ZONE_IDS } from '../domain/zone';
import { BASE_COLOURS, ZONE_COLOURS } from '../ui/palette';
import { perFeature } from './shared-programs';

export const SOURCES = {
  context: 'context',
  district: 'district',
  zones: 'zones',
  labels: 'labels',
} as const;

export const LAYERS = {
  neighbourFill: 'neighbour-fill',
  neighbourLine: 'neighbour-line',
  districtFill: 'district-fill',
  river: 'river',
  districtLine: 'district-line',
  zoneFill: 'zone-fill',
  zoneHalo: 'zone-halo',
  zoneLineSolid: 'zone-line-park',
  zoneLineDashed: 'zone-line-belt',
  zoneAxis: 'zone-axis',
  zoneHighlight: 'zone-highlight',
  contextLabels: 'context-labels',
  zoneLabels: 'zone-labels',
} as const;

const zoneColour: ExpressionSpecification = [
  'match',
  ['get', 'zone_id'],
  ...ZONE_IDS.flatMap((id) => [id, ZONE_COLOURS[id]]),
  '#888888',
] as unknown as ExpressionSpecification;

/**
 * A dash pattern with no gap draws a solid line through the dashed zone lines' shader program
 * (each program build costs ~0.2 s under software WebGL). Butt caps only: with round caps
 * MapLibre rounds every dash end.
 */
const SOLID: [number, number] = [1, 0];

const isZoneArea: ExpressionSpecification = ['==', ['get', 'role'], 'zone'];
const isPark: ExpressionSpecification = ['all', isZoneArea, ['==', ['get', 'kind'], 'park']];
const isBelt: ExpressionSpecification = ['all', isZoneArea, ['==', ['get', 'kind'], 'belt']];
const isAxis: ExpressionSpecification = ['==', ['get', 'role'], 'axis'];

const neighbourFill: FillLayerSpecification = {
  id: LAYERS.neighbourFill,
  type: 'fill',
  source: SOURCES.context,
  filter: ['==', ['get', 'role'], 'district'],
  // Edges drawn by the outline layers: no antialiased outline pass (one shader program
  // fewer per fill variant; shader builds dominate the first load under software WebGL).
  paint: {
    'fill-color': perFeature(BASE_COLOURS.neighbourFill),
    'fill-opacity': perFeature(1),
    'fill-antialias': false,
  },
};

const neighbourLine: LineLayerSpecification = {
  id: LAYERS.neighbourLine,
  type: 'line',
  source: SOURCES.context,
  filter: ['==', ['get', 'role'], 'district'],
  paint: {
    'line-color': perFeature(BASE_COLOURS.neighbourLine),
    'line-width': 1,
    'line-dasharray': [3, 2],
  },
};

const districtFill: FillLayerSpecification = {
  id: LAYERS.districtFill,
  type: 'fill',
  source: SOURCES.district,
  paint: {
    'fill-color': perFeature(BASE_COLOURS.districtFill),
    'fill-opacity': perFeature(1),
    'fill-antialias': false,
  },
};

/**
 * The Yangtze is drawn along the district boundary; its width grows with zoom. Solid through
 * the dashed lines' program (so butt caps: round ones would bead a gapless dash pattern).
 */
const river: LineLayerSpecification = {
  id: LAYERS.river,
  type: 'line',
  source: SOURCES.context,
  filter: ['==', ['get', 'role'], 'river'],
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': perFeature(BASE_COLOURS.river),
    'line-dasharray': SOLID,
    'line-width': ['interpolate', ['exponential', 2], ['zoom'], 8, 2, 11, 8, 14, 60],
  },
};

const districtLine: LineLayerSpecification = {
  id: LAYERS.districtLine,
  type: 'line',
  source: SOURCES.district,
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': perFeature(BASE_COLOURS.districtLine),
    'line-dasharray': SOLID,
    'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.5, 14, 3],
  },
};

/** The zones' fill opacity at rest; the user can change it (readability over imagery). */
export const DEFAULT_ZONE_OPACITY = 0.32;

/** Fill opacity at rest `base`, stronger when hovered or selected. */
export function zoneFillOpacity(base: number): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    Math.min(1, base + 0.28),
    ['boolean', ['feature-state', 'hover'], false],
    Math.min(1, base + 0.18),
    base,
  ];
}

/** Hover and selection come from feature-state, so no data is re-uploaded to show them. */
const zoneFill: FillLayerSpecification = {
  id: LAYERS.zoneFill,
  type: 'fill',
  source: SOURCES.zones,
  filter: isZoneArea,
  paint: {
    'fill-color': zoneColour,
    'fill-opacity': zoneFillOpacity(DEFAULT_ZONE_OPACITY),
    'fill-antialias': false,
  },
};

/**
 * A white band under the zone outlines: invisible on the offline map, switched on over real
 * basemaps (imagery especially) so the coloured outlines stay readable.
 */
const zoneHalo: LineLayerSpecification = {
  id: LAYERS.zoneHalo,
  type: 'line',
  source: SOURCES.zones,
  filter: isZoneArea,
  layout: { 'line-join': 'round' },
  paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0 },
};

const zoneLinePark: LineLayerSpecification = {
  id: LAYERS.zoneLineSolid,
  type: 'line',
  source: SOURCES.zones,
  filter: isPark,
  layout: { 'line-join': 'round' },
  paint: { 'line-color': zoneColour, 'line-width': 2.5, 'line-dasharray': SOLID },
};

const zoneLineBelt: LineLayerSpecification = {
  id: LAYERS.zoneLineDashed,
  type: 'line',
  source: SOURCES.zones,
  filter: isBelt,
  layout: { 'line-join': 'round' },
  paint: { 'line-color': zoneColour, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
};

const zoneAxis: LineLayerSpecification = {
  id: LAYERS.zoneAxis,
  type: 'line',
  source: SOURCES.zones,
  filter: isAxis,
  paint: {
    'line-color': zoneColour,
    'line-width': 1.5,
    'line-dasharray': [1, 2],
    'line-opacity': 0.9,
  },
};

const zoneHighlight: LineLayerSpecification = {
  id: LAYERS.zoneHighlight,
  type: 'line',
  source: SOURCES.zones,
  filter: isZoneArea,
  // Shown by zone-highlight.ts on the first hover or selection (nothing to draw before).
  layout: { 'line-join': 'round', visibility: 'none' },
  paint: {
    'line-color': BASE_COLOURS.label,
    'line-width': [
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      4,
      ['boolean', ['feature-state', 'hover'], false],
      3,
      0,
    ],
  },
};

/** Bottom to top. */
export const BASE_LAYERS = [neighbourFill, neighbourLine, districtFill, river, districtLine];
export const ZONE_LAYERS = [
  zoneFill,
  zoneHalo,
  zoneLinePark,
  zoneLineBelt,
  zoneAxis,
  zoneHighlight,
];
/** The filter each zone-bound layer starts with; zone visibility is ANDed onto these. */
export const ZONE_BASE_FILTERS: Record<string, ExpressionSpecification> = {
  [LAYERS.zoneFill]: isZoneArea,
  [LAYERS.zoneHighlight]: isZoneArea,
  [LAYERS.zoneHalo]: isZoneArea,
  [LAYERS.zoneLineSolid]: isPark,
  [LAYERS.zoneLineDashed]: isBelt,
  [LAYERS.zoneAxis]: isAxis,
  [LAYERS.zoneLabels]: ['==', ['get', 'role'], 'zone'],
};

export function withZones(
  base: ExpressionSpecification,
  shown: readonly string[],
): FilterSpecification {
  return ['all', base, ['in', ['get', 'zone_id'], ['literal', [...shown]]]];
}
