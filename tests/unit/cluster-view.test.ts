import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsetToIndices, emptyBitset, popcount, setBit } from '../../src/geo/bitset';
import { buildMatchPrefix } from '../../src/geo/cluster-counts';
import { buildClusterIndex, cellAt, mercatorX, mercatorY } from '../../src/geo/cluster-index';
import {
  CLUSTER_MAX_ZOOM,
  type ClusterProps,
  type Cover,
  coverOf,
  EXPAND_MAX,
  levelOf,
  type PointProps,
  type ViewSource,
  viewFeatures,
} from '../../src/geo/cluster-view';

/** Points around Jiulongpo; a few repeat exactly (co-located firms), some sit far apart. */
const coordinate = fc.oneof(
  fc.tuple(
    fc.double({ min: 106.25, max: 106.55, noNaN: true }),
    fc.double({ min: 29.25, max: 29.56, noNaN: true }),
  ),
  fc.constantFrom<[number, number]>([106.4, 29.4], [106.40001, 29.40001], [106.3, 29.5]),
);
const world = fc
  .array(fc.tuple(coordinate, fc.boolean(), fc.integer({ min: 0, max: 7 })), { maxLength: 300 })
  .map((rows) => {
    const lng = Float64Array.from(rows, (r) => r[0][0]);
    const lat = Float64Array.from(rows, (r) => r[0][1]);
    const classes = Uint8Array.from(rows, (r) => r[2]);
    const bits = emptyBitset(rows.length);
    rows.forEach((r, i) => {
      if (r[1]) setBit(bits, i);
    });
    const index = buildClusterIndex(lng, lat);
    const src: ViewSource = {
      index,
      prefix: buildMatchPrefix(index, bits),
      bits,
      classes,
      lng,
      lat,
    };
    return src;
  });

const cellKey = (src: ViewSource, i: number, level: number) =>
  `${cellAt(mercatorX(src.lng[i] as number), level)},${cellAt(mercatorY(src.lat[i] as number), level)}`;

/** Naive recount: matching records grouped by their grid cell, for cells inside the cover. */
function naiveCells(src: ViewSource, cover: Cover): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  for (const i of bitsetToIndices(src.bits, popcount(src.bits))) {
    const x = cellAt(mercatorX(src.lng[i] as number), cover.level);
    const y = cellAt(mercatorY(src.lat[i] as number), cover.level);
    if (x < cover.x0 || x > cover.x1 || y < cover.y0 || y > cover.y1) continue;
    const key = cellKey(src, i, cover.level);
    cells.set(key, [...(cells.get(key) ?? []), i]);
  }
  return cells;
}

function split(src: ViewSource, cover: Cover, zoom: number) {
  const fcoll = viewFeatures(src, cover, zoom);
  const clusters: number[] = [];
  const points: number[] = [];
  for (const f of fcoll.features) {
    const p = f.properties;
    if ('point_count' in p) clusters.push((p as ClusterProps).point_count);
    else points.push((p as PointProps).i);
  }
  return { clusters, points, features: fcoll.features };
}

function expected(src: ViewSource, cover: Cover, zoom: number) {
  const clusters: number[] = [];
  const points: number[] = [];
  for (const members of naiveCells(src, cover).values()) {
    const expand = zoom > CLUSTER_MAX_ZOOM && members.length <= EXPAND_MAX;
    if (members.length === 1 || expand) points.push(...members);
    else clusters.push(members.length);
  }
  return { clusters, points };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const ALL: [number, number, number, number] = [106, 29, 107, 30];

describe('cluster aggregation over the filter bitset', () => {
  it('at every zoom, cluster counts plus single points equal a naive count of the matches', () => {
    fc.assert(
      fc.property(world, (src) => {
        for (let zoom = 7; zoom <= 18; zoom++) {
          const cover = coverOf(ALL, zoom, 0);
          const got = split(src, cover, zoom);
          const want = expected(src, cover, zoom);
          expect(sorted(got.clusters)).toEqual(sorted(want.clusters));
          expect(sorted(got.points)).toEqual(sorted(want.points));
          const total = got.clusters.reduce((a, n) => a + n, 0) + got.points.length;
          expect(total).toBe(popcount(src.bits));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a view query returns exactly the matching records in the cells of its box', () => {
    const box = fc
      .tuple(
        fc.double({ min: 106.25, max: 106.55, noNaN: true }),
        fc.double({ min: 29.25, max: 29.56, noNaN: true }),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
      )
      .map(([w, s, dx, dy]): [number, number, number, number] => [w, s, w + dx, s + dy]);
    fc.assert(
      fc.property(world, box, fc.integer({ min: 7, max: 18 }), (src, b, zoom) => {
        const cover = coverOf(b, zoom, 0.5);
        const got = split(src, cover, zoom);
        const want = expected(src, cover, zoom);
        expect(sorted(got.clusters)).toEqual(sorted(want.clusters));
        expect(sorted(got.points)).toEqual(sorted(want.points));
        // Every record strictly inside the box is in the answer (cells cover the box).
        const inBox = [...naiveCells(src, cover).values()].flat();
        for (const i of bitsetToIndices(src.bits, popcount(src.bits))) {
          const x = src.lng[i] as number;
          const y = src.lat[i] as number;
          if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) expect(inBox).toContain(i);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a cluster expands at the first zoom where its records fall in different cells', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 7, max: 13 }), (src, zoom) => {
        const cover = coverOf(ALL, zoom, 0);
        const got = split(src, cover, zoom).features.flatMap((f) =>
          'point_count' in f.properties ? [(f.properties as ClusterProps).expansion_zoom] : [],
        );
        const want: number[] = [];
        for (const members of naiveCells(src, cover).values()) {
          if (members.length < 2) continue;
          let ez = 18;
          for (let z = zoom + 1; z <= 18; z++) {
            if (new Set(members.map((i) => cellKey(src, i, levelOf(z)))).size > 1) {
              ez = z;
              break;
            }
          }
          want.push(ez);
        }
        expect(sorted(got)).toEqual(sorted(want));
      }),
      { numRuns: 60 },
    );
  });
});
