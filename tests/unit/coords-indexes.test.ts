import fc from 'fast-check';
import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import {
  adoptClusterIndex,
  buildClusterIndex,
  clusterIndexOf,
  clusterIndexSteps,
} from '../../src/geo/cluster-index';
import { indexesFromCoords } from '../../src/geo/coords-indexes';
import { spatialIndexData } from '../../src/geo/point-columns';
import { STEP } from '../../src/geo/steps';

const point = fc.tuple(fc.double({ min: 105, max: 107 }), fc.double({ min: 29, max: 30 }));

function columnsOf(points: [number, number][]) {
  return {
    lng: Float64Array.from(points, (p) => p[0]),
    lat: Float64Array.from(points, (p) => p[1]),
  };
}

describe('the indexes the spatial worker builds from coordinate pairs', () => {
  it('are the ones the page builds from the same records', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 400 }), (points) => {
        const built = indexesFromCoords(new Float64Array(points.flat()), Flatbush);
        const records = points.map((coordinates) => ({ id: '', coordinates, synthetic: false }));
        const page = spatialIndexData(records, Flatbush);
        expect(new Uint8Array(built.spatial as ArrayBuffer)).toEqual(
          new Uint8Array(page as ArrayBuffer),
        );
        const { lng, lat } = columnsOf(points);
        expect(built.cluster).toEqual(buildClusterIndex(lng, lat));
      }),
    );
  });

  it('is adopted as the cluster grid of the columns it covers, and refused for others', () => {
    const points: [number, number][] = Array.from({ length: 50 }, (_, i) => [
      106 + i / 100,
      29.5 - i / 200,
    ]);
    const built = indexesFromCoords(new Float64Array(points.flat()), Flatbush).cluster;
    const columns = columnsOf(points);
    expect(adoptClusterIndex(columns, built)).toBe(true);
    expect(clusterIndexOf(columns)).toBe(built);
    const other = columnsOf(points.slice(1));
    expect(adoptClusterIndex(other, built)).toBe(false);
    // The refused columns get their own index, built from their points.
    expect(clusterIndexOf(other).size).toBe(49);
  });
});

describe('the cluster grid built on the page in steps', () => {
  it('never does more than a STEP of points between two yields', () => {
    const n = 3 * STEP + 17;
    const lng = Float64Array.from({ length: n }, (_, i) => 106 + (i % 1000) / 2000);
    const lat = Float64Array.from({ length: n }, (_, i) => 29.4 + (i % 777) / 2000);
    const steps = clusterIndexSteps(lng, lat);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    expect(step.value).toEqual(buildClusterIndex(lng, lat));
    // Four radix passes of two loops each over n points, plus the two loops around them: with a
    // yield only per pass (before) this was 4 + 2 · ⌊n / STEP⌋ = 10.
    expect(yields).toBeGreaterThanOrEqual((4 * 2 + 2) * Math.floor(n / STEP));
  });
});
