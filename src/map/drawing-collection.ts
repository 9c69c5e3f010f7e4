import type { Feature, FeatureCollection } from 'geojson';

// Nothing the user layers draw or query reads a property (colours are per layer, filters go by
// geometry type), so the map gets none: MapLibre copies the data it is handed object by object
// in a serializer of its own on the main thread, and every imported column of 100,000 rows made
// that one task of seconds. One shared empty object: the serializer copies it per feature anyway.
const NO_PROPERTIES = {};

// One collection per features array, so a rename or a colour change re-uploads nothing.
const collections = new WeakMap<readonly Feature[], FeatureCollection>();

/** The features as the map draws them: geometry only, same order; cached by array identity. */
export function drawingCollection(features: readonly Feature[]): FeatureCollection {
  let c = collections.get(features);
  if (!c) {
    const drawn: Feature[] = new Array(features.length);
    for (let i = 0; i < features.length; i++) {
      const f = features[i] as Feature;
      drawn[i] = { type: 'Feature', geometry: f.geometry, properties: NO_PROPERTIES };
    }
    c = { type: 'FeatureCollection', features: drawn };
    collections.set(features, c);
  }
  return c;
}
