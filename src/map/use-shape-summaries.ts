import { useMemo } from 'react';
import type { DrawnShape } from '../domain/filter';
import { useAppStore } from '../state/store';
import { shapeAreaKm2 } from './draw-shapes';

// Apart from use-draw.ts so the shape geometry loads with the filter panel that lists the
// shapes, not with the map's first paint.

export interface ShapeSummary {
  shape: DrawnShape;
  /** 1-based number among shapes of the same kind, for its label ("矩形 2"). */
  n: number;
  /** Geodesic area in km². */
  areaKm2: number;
}

/** The filter's shapes with what the shape list shows of each; recomputed when they change. */
export function useShapeSummaries(): ShapeSummary[] {
  const shapes = useAppStore((s) => s.filter.shapes);
  return useMemo(() => {
    const counts = { polygon: 0, rectangle: 0, circle: 0 };
    return shapes.map((shape) => {
      counts[shape.kind] += 1;
      return { shape, n: counts[shape.kind], areaKm2: shapeAreaKm2(shape) };
    });
  }, [shapes]);
}
