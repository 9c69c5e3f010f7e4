import type { Position } from 'geojson';
import type { GeoJSONStoreFeatures } from 'terra-draw';
import { describe, expect, it } from 'vitest';
import type { DrawnShape, LngLat } from '../../src/domain/filter';
import { haversineKm } from '../../src/geo/shape-test';
import {
  circleRing,
  DEFAULT_POINT_RADIUS_KM,
  featureToShape,
  pointCircle,
  ringCenter,
  shapeAreaKm2,
  shapeRing,
  shapeToFeature,
} from '../../src/map/draw-shapes';

/** Near 杨家坪, where the belts are. */
const C: LngLat = [106.51234, 29.50321];

const polygon = (): DrawnShape => ({
  kind: 'polygon',
  id: 'p1',
  ring: [
    [106.5, 29.5],
    [106.52, 29.5],
    [106.52, 29.52],
    [106.5, 29.5],
  ],
});
const rectangle = (): DrawnShape => ({
  kind: 'rectangle',
  id: 'r1',
  bbox: [106.4, 29.3, 106.45, 29.35],
});
const circle = (): DrawnShape => ({ kind: 'circle', id: 'c1', center: C, radiusKm: 2.5 });

/** A circle drawn the way terra-draw's circle mode draws it: round in Web Mercator. */
function mercatorCircle(center: LngLat, radiusKm: number, steps = 64): Position[] {
  const R = 6378137;
  const x0 = (R * center[0] * Math.PI) / 180;
  const y0 = R * Math.log(Math.tan(Math.PI / 4 + (center[1] * Math.PI) / 360));
  const r = (radiusKm * 1000) / Math.cos((center[1] * Math.PI) / 180);
  const ring: Position[] = [];
  for (let i = 0; i < steps; i++) {
    const a = (i * 2 * Math.PI) / steps;
    const [x, y] = [x0 + r * Math.cos(a), y0 + r * Math.sin(a)];
    ring.push([
      (x / R) * (180 / Math.PI),
      (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * (180 / Math.PI),
    ]);
  }
  ring.push(ring[0] ?? [0, 0]);
  return ring;
}

function drawn(mode: string, ring: Position[], extra: Record<string, number | boolean> = {}) {
  return {
    type: 'Feature',
    id: 'td-1',
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: { mode, ...extra },
  } satisfies GeoJSONStoreFeatures;
}

describe('draw shapes: DrawnShape ↔ terra-draw feature', () => {
  it('round-trips a closed polygon ring unchanged', () => {
    expect(featureToShape(shapeToFeature(polygon()))).toEqual(polygon());
  });

  it('closes an open ring for terra-draw and reads it back closed', () => {
    const open: DrawnShape = {
      kind: 'polygon',
      id: 'p2',
      ring: [
        [1, 1],
        [2, 1],
        [2, 2],
      ],
    };
    expect(shapeRing(open)).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ]);
    expect(featureToShape(shapeToFeature(open))).toEqual({
      ...open,
      ring: [
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 1],
      ],
    });
  });

  it('round-trips a rectangle as its bbox, corners in either order', () => {
    expect(featureToShape(shapeToFeature(rectangle()))).toEqual(rectangle());
    const flipped: DrawnShape = { kind: 'rectangle', id: 'r1', bbox: [106.45, 29.35, 106.4, 29.3] };
    expect(featureToShape(shapeToFeature(flipped))).toEqual(rectangle());
  });

  it('draws rectangles counter-clockwise (RFC 7946 outer ring)', () => {
    const ring = shapeRing(rectangle());
    let twiceArea = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] ?? [0, 0];
      const [bx, by] = ring[i + 1] ?? [0, 0];
      twiceArea += ax * by - bx * ay;
    }
    expect(twiceArea).toBeGreaterThan(0);
  });

  it('round-trips a circle: radius exactly, centre within a millimetre', () => {
    const back = featureToShape(shapeToFeature(circle()));
    expect(back?.kind).toBe('circle');
    if (back?.kind !== 'circle') return;
    expect(back.radiusKm).toBe(2.5);
    expect(haversineKm(back.center, C)).toBeLessThan(1e-6);
  });

  it('draws a circle as a closed geodesic ring at the radius from the centre', () => {
    const ring = circleRing(C, 2.5);
    expect(ring).toHaveLength(65);
    expect(ring[0]).toEqual(ring[64]);
    for (const p of ring) expect(haversineKm(C, p)).toBeCloseTo(2.5, 6);
  });

  it("reads back the centre and radius of terra-draw's own Web Mercator circle", () => {
    const shape = featureToShape(
      drawn('circle', mercatorCircle(C, 1.2), { radiusKilometers: 1.2 }),
    );
    expect(shape?.kind).toBe('circle');
    if (shape?.kind !== 'circle') return;
    expect(haversineKm(shape.center, C)).toBeLessThan(1e-6);
    expect(shape.radiusKm).toBe(1.2);
  });

  it('measures the radius from the ring when the feature has none', () => {
    const shape = featureToShape(drawn('circle', circleRing(C, 3)));
    expect(shape?.kind === 'circle' && shape.radiusKm).toBeCloseTo(3, 5);
  });

  it('finds the centre of a ring as the Mercator mean of its vertices', () => {
    expect(haversineKm(ringCenter(mercatorCircle(C, 5)), C)).toBeLessThan(1e-6);
  });

  it('ignores shapes still being drawn, guidance points and unknown modes', () => {
    const ring = shapeRing(rectangle());
    expect(featureToShape(drawn('rectangle', ring, { currentlyDrawing: true }))).toBeNull();
    expect(featureToShape(drawn('linestring', ring))).toBeNull();
    const point = {
      type: 'Feature',
      id: 'sp',
      geometry: { type: 'Point', coordinates: [106.5, 29.5] },
      properties: { mode: 'select', selectionPoint: true },
    } satisfies GeoJSONStoreFeatures;
    expect(featureToShape(point)).toBeNull();
  });

  it('keeps coordinates within terra-draw’s 9 decimals', () => {
    const ring = shapeRing({
      kind: 'polygon',
      id: 'p',
      ring: [
        [1 / 3, 1 / 7],
        [2 / 3, 1 / 7],
        [0.5, 2 / 3],
      ],
    });
    for (const [x, y] of ring) {
      expect(Math.abs(x * 1e9 - Math.round(x * 1e9))).toBeLessThan(1e-6);
      expect(Math.abs(y * 1e9 - Math.round(y * 1e9))).toBeLessThan(1e-6);
    }
  });

  it('turns a clicked point into a circle of the default radius', () => {
    const point = {
      type: 'Feature',
      id: 'pt',
      geometry: { type: 'Point', coordinates: C },
      properties: { mode: 'point' },
    } satisfies GeoJSONStoreFeatures;
    const shape = pointCircle(point);
    expect(shape).toMatchObject({ kind: 'circle', center: C, radiusKm: DEFAULT_POINT_RADIUS_KM });
    expect(shape?.id).not.toBe('pt');
    expect(pointCircle(undefined)).toBeNull();
  });

  it('gives areas in km²: a circle as its spherical cap, a rectangle geodesically', () => {
    expect(shapeAreaKm2(circle())).toBeCloseTo(Math.PI * 2.5 ** 2, 2);
    // 0.05° × 0.05° at 29.3° N: about 5.56 km × 4.85 km.
    expect(shapeAreaKm2(rectangle())).toBeGreaterThan(26);
    expect(shapeAreaKm2(rectangle())).toBeLessThan(27.5);
  });
});
