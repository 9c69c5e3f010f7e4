import type { FeatureCollection } from 'geojson';
import type maplibregl from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { emptyBitset, setBit } from '../../src/geo/bitset';
import { buildMatchPrefix } from '../../src/geo/cluster-counts';
import { buildClusterIndex } from '../../src/geo/cluster-index';
import type { ViewSource } from '../../src/geo/cluster-view';
import { ClusterFeed } from '../../src/map/cluster-feed';

/** The few parts of MapLibre's Map that ClusterFeed reads: a fixed district view. */
function fakeMap(): maplibregl.Map {
  const bounds = {
    getWest: () => 106.2,
    getSouth: () => 29.2,
    getEast: () => 106.6,
    getNorth: () => 29.6,
  };
  return {
    on: () => undefined,
    getBounds: () => bounds,
    getZoom: () => 10,
  } as unknown as maplibregl.Map;
}

const lng = Float64Array.from([106.3, 106.31, 106.5, 106.45]);
const lat = Float64Array.from([29.3, 29.31, 29.5, 29.4]);
const classes = Uint8Array.from([0, 1, 2, 3]);
const index = buildClusterIndex(lng, lat);

/** A new ViewSource object (as a new filter result gives) for these matching records. */
function source(matching: number[]): ViewSource {
  const bits = emptyBitset(lng.length);
  for (const i of matching) setBit(bits, i);
  return { index, prefix: buildMatchPrefix(index, bits), bits, classes, lng, lat };
}

describe('ClusterFeed', () => {
  it('hands MapLibre a collection only when the matching records change', () => {
    const sent: FeatureCollection[] = [];
    const feed = new ClusterFeed(fakeMap(), (_, data) => sent.push(data));
    const all = source([0, 1, 2, 3]);
    feed.set('enterprises', all);
    expect(feed.uploads).toBe(1);
    // The store subscription sent it first; React's effect then sets the very same source.
    feed.set('enterprises', all);
    // A new result object of the same records (e.g. another filter with the same matches).
    feed.set('enterprises', source([0, 1, 2, 3]));
    expect(feed.uploads).toBe(1);
    feed.set('enterprises', source([0, 2]));
    expect(feed.uploads).toBe(2);
    // Another kind is its own source.
    feed.set('projects', source([0, 2]));
    expect(feed.uploads).toBe(3);
    const counted = (fc: FeatureCollection) =>
      fc.features.reduce((n, f) => n + ((f.properties?.point_count as number | undefined) ?? 1), 0);
    expect(sent.map(counted)).toEqual([4, 2, 2]);
  });
});
