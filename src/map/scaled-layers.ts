import { ENTITY_LAYER_IDS } from './entity-layers';
import { HIGHLIGHT_LAYER_IDS } from './highlight-ids';
import { LAYERS } from './layer-specs';

/**
 * Our layers whose text, point, circle and line sizes grow with a wall (display-scale.ts): the
 * zones and their labels, records and clusters, and a briefing's highlight rings.
 */
export function wallScaledLayerIds(): string[] {
  return [
    ...Object.values(LAYERS),
    ...Object.values(ENTITY_LAYER_IDS),
    ...Object.values(HIGHLIGHT_LAYER_IDS),
  ];
}
