import type maplibregl from 'maplibre-gl';
import type { CircleLayerSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import { ENTITY_LAYER_IDS, ENTITY_LAYERS } from './entity-layers';

const WARM_SOURCE = 'entity-program-warmup';
const WARM_LAYER = 'enterprise-points-warmup';

/**
 * Compiles the single-point program while the map loads. MapLibre compiles a layer's WebGL
 * program the first time that layer draws a feature; at district zoom with many records every
 * cell is a cluster, so the first filter click that leaves a lone record compiled it then
 * (0.8 s of shader compilation under software WebGL, measured with a CPU profile in issue 11).
 * A copy of the point layer with the same data-driven paint (so the same program) draws one
 * point at the centre at an opacity too low to change a pixel (MapLibre skips a circle layer
 * whose opacities are all 0), and is removed at the map's first idle.
 */
export function warmPointProgram(map: maplibregl.Map): void {
  const points = ENTITY_LAYERS.find((l) => l.id === ENTITY_LAYER_IDS.enterprisePoints) as
    | CircleLayerSpecification
    | undefined;
  if (!points || map.getSource(WARM_SOURCE)) return;
  const { lng, lat } = map.getCenter();
  const source: GeoJSONSourceSpecification = {
    type: 'geojson',
    data: {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: { i: -1, c: 0 },
    },
  };
  map.addSource(WARM_SOURCE, source);
  map.addLayer({
    ...points,
    id: WARM_LAYER,
    source: WARM_SOURCE,
    // Constant opacities are uniforms: the program stays the one the real layer uses.
    // 0.001 of a colour is under half a step of 8-bit blending, so no pixel changes.
    paint: { ...points.paint, 'circle-opacity': 0.001, 'circle-stroke-opacity': 0 },
  });
  map.once('idle', () => {
    if (map.getLayer(WARM_LAYER)) map.removeLayer(WARM_LAYER);
    if (map.getSource(WARM_SOURCE)) map.removeSource(WARM_SOURCE);
  });
}
