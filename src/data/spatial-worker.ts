/// <reference lib="webworker" />
import Flatbush from 'flatbush';
import { clusterIndexBuffers } from '../geo/cluster-index';
import { indexesFromCoords } from '../geo/coords-indexes';

/**
 * Builds a large dataset's indexes off the page: Flatbush sorts all its items in one call, and
 * the map's cluster grid radix-sorts every point four times; at a million points each was
 * seconds of main-thread work (issue 11). Gets [lng, lat] pairs, answers with the spatial
 * index's data (the page wraps it with Flatbush.from) and the cluster grid, all transferred.
 */
self.onmessage = (event: MessageEvent<Float64Array>) => {
  const reply = indexesFromCoords(event.data, Flatbush);
  const buffers = clusterIndexBuffers(reply.cluster);
  if (reply.spatial) buffers.push(reply.spatial);
  self.postMessage(reply, buffers);
};
