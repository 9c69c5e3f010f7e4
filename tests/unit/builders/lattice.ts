import fc from 'fast-check';
import type { MultiPolygon, Position } from 'geojson';
import type { LngLat } from '../../../src/domain/filter';
import { rectRing } from './zones';

/*
 * Zones and records on a 2⁻¹⁰° lattice (exact in binary), so points on edges and vertices
 * occur and the engine and a turf reference agree on them exactly; other records sit off it.
 */
const X0 = 106.25;
const Y0 = 29.25;
const STEP = 2 ** -10;
export const cell = fc.integer({ min: 0, max: 40 });
export const at = (i: number, j: number): LngLat => [X0 + i * STEP, Y0 + j * STEP];

export const recordPoint = fc.oneof(
  fc.tuple(cell, cell).map(([i, j]) => at(i + Math.SQRT2 - 1, j + Math.PI - 3)),
  fc.tuple(cell, cell).map(([i, j]) => at(i, j)),
);

/** A lattice rectangle [i0, j0, i1, j1] with positive width and height. */
export const rect = fc
  .tuple(cell, cell, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }))
  .map(([i, j, w, h]) => [i, j, i + w, j + h] as const);

export const ring = ([i0, j0, i1, j1]: readonly number[]): Position[] => {
  const [w, s] = at(i0 as number, j0 as number);
  const [e, n] = at(i1 as number, j1 as number);
  return rectRing(w, s, e, n);
};

/** An L-shaped (concave) outline with a square hole: a box test alone would miscount. */
export const lShape = fc
  .tuple(cell, cell)
  .map(([i, j]): Position[][] => [
    [
      at(i, j),
      at(i + 16, j),
      at(i + 16, j + 6),
      at(i + 6, j + 6),
      at(i + 6, j + 16),
      at(i, j + 16),
      at(i, j),
    ],
    ring([i + 1, j + 1, i + 3, j + 3]).reverse(),
  ]);

export const zoneGeometry: fc.Arbitrary<MultiPolygon> = fc.oneof(
  rect.map((r) => ({ type: 'MultiPolygon' as const, coordinates: [[ring(r)]] })),
  lShape.map((p) => ({ type: 'MultiPolygon' as const, coordinates: [p] })),
  fc.tuple(rect, rect).map(([a, b]) => ({
    type: 'MultiPolygon' as const,
    coordinates: [[ring(a)], [ring(b)]],
  })),
);
