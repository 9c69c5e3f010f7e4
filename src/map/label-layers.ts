import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { BASE_COLOURS } from '../ui/palette';
import { LAYERS, SOURCES } from './layer-specs';
import { perFeature } from './shared-programs';

/** The place and zone names drawn over the map, in the language shown (see setLang). */
export const labelText = (lang: 'zh' | 'en'): ExpressionSpecification => ['get', `name_${lang}`];

const contextLabels: SymbolLayerSpecification = {
  id: LAYERS.contextLabels,
  type: 'symbol',
  source: SOURCES.labels,
  filter: ['!=', ['get', 'role'], 'zone'],
  layout: {
    'text-field': labelText('zh'),
    'text-size': ['match', ['get', 'role'], 'district', 16, 13],
    'text-max-width': 8,
  },
  paint: {
    'text-color': [
      'match',
      ['get', 'role'],
      'district',
      BASE_COLOURS.label,
      'river',
      BASE_COLOURS.riverLabel,
      BASE_COLOURS.neighbourLabel,
    ],
    'text-halo-color': BASE_COLOURS.halo,
    'text-halo-width': 1.5,
  },
};

const zoneLabels: SymbolLayerSpecification = {
  id: LAYERS.zoneLabels,
  type: 'symbol',
  source: SOURCES.labels,
  filter: ['==', ['get', 'role'], 'zone'],
  layout: {
    'text-field': labelText('zh'),
    'text-size': ['interpolate', ['linear'], ['zoom'], 9, 13, 13, 18],
    'text-max-width': 11,
    'text-allow-overlap': false,
    // Tried in order until one is free of other labels and of the clusters' collision boxes:
    // on the anchor, just beside it, then further out (above a small, crowded park the name
    // may sit just outside it). Duplicate anchors with other offsets are allowed.
    'text-variable-anchor-offset': [
      'center',
      [0, 0],
      'top',
      [0, 1.1],
      'bottom',
      [0, -1.1],
      'left',
      [1.1, 0],
      'right',
      [-1.1, 0],
      'bottom',
      [0, -3],
      'top',
      [0, 3],
      'bottom',
      [0, -5],
      'left',
      [4, 0],
      'right',
      [-4, 0],
      // Last resorts for the small belts in the crowded city centre: further out, diagonally.
      'top-left',
      [3, 3],
      'bottom-left',
      [3, -3],
      'top-right',
      [-3, 3],
      'bottom-right',
      [-3, -3],
      'top',
      [0, 6],
      'bottom',
      [0, -8],
      // A large park full of clusters on a laptop screen (1366×768, English names): beside it.
      'left',
      [8, 0],
      'right',
      [-8, 0],
      'left',
      [11, 0],
      'right',
      [-11, 0],
    ],
    'text-padding': 4,
    'symbol-sort-key': ['get', 'rank'],
  },
  paint: {
    // Per feature like the context labels' colour: one text program for both (shared-programs).
    'text-color': perFeature(BASE_COLOURS.label),
    'text-halo-color': BASE_COLOURS.halo,
    'text-halo-width': 2,
  },
};

/** Bottom to top, above the zones. */
export const LABEL_LAYERS = [contextLabels, zoneLabels];
export const TEXT_LAYERS = [LAYERS.contextLabels, LAYERS.zoneLabels];
