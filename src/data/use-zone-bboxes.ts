import { useMemo } from 'react';
import type { ZoneId } from '../domain/zone';
import { type BBox, bboxOf } from '../geo/bbox';
import { useZoneList } from './use-datasets';

/** Each zone's bounding box, for fitting the map to it. */
export function useZoneBboxes(): Map<ZoneId, BBox> {
  const zones = useZoneList();
  return useMemo(() => {
    const out = new Map<ZoneId, BBox>();
    for (const z of zones) {
      const box = bboxOf([z.geometry]);
      if (box) out.set(z.properties.zone_id, box);
    }
    return out;
  }, [zones]);
}
