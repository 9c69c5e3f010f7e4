/// <reference lib="webworker" />
import Flatbush from 'flatbush';
import { spatialIndexFromCoords } from '../geo/point-columns';

/**
 * Builds a spatial index off the page: Flatbush sorts all its items in one call, which at a
 * million points was a main-thread task of seconds (issue 11). Gets [lng, lat] pairs, answers
 * with the index's data (transferred), which the page wraps with Flatbush.from.
 */
self.onmessage = (event: MessageEvent<Float64Array>) => {
  const data = spatialIndexFromCoords(event.data, Flatbush);
  self.postMessage(data, data ? [data] : []);
};
