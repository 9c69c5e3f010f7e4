import { crossSign } from './orient';
import { bandOf, type PreparedPart } from './prepared-part';

// BOUNDARY RULE: a point exactly on a zone's boundary (on an edge or a vertex of the outer
// ring, or of a hole) counts as INSIDE the zone, as in turf's booleanPointInPolygon with its
// default ignoreBoundary: false. A firm on the line drawn round a park is counted for the park
// rather than lost between two zones; a point on a hole's edge is still touching the zone.

/**
 * Whether [x, y] = [lng, lat] (degrees) lies in the polygon part (even–odd over all its rings,
 * so holes work) or on its boundary. The edge test mirrors point-in-polygon-hao step for step.
 */
export function pointInPart(part: PreparedPart, x: number, y: number): boolean {
  // Written as a negated conjunction so that NaN coordinates are rejected too.
  if (!(x >= part.minX && x <= part.maxX && y >= part.minY && y <= part.maxY)) return false;
  const c = part.coords;
  const band = bandOf(part, y);
  const end = part.bandStart[band + 1] as number;
  let crossings = 0;
  for (let i = part.bandStart[band] as number; i < end; i++) {
    const e = 2 * (part.bandEdges[i] as number);
    const u1 = (c[e] as number) - x;
    const v1 = (c[e + 1] as number) - y;
    const u2 = (c[e + 2] as number) - x;
    const v2 = (c[e + 3] as number) - y;
    if (v1 === 0 && v2 === 0) {
      // A horizontal edge at the point's latitude: on it if its longitudes straddle x.
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return true;
    } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
      const f = crossSign(u1, u2, v1, v2);
      if (f === 0) return true;
      if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) crossings++;
    }
  }
  return (crossings & 1) === 1;
}

/** Whether [x, y] = [lng, lat] lies in (or on the boundary of) any of the parts. */
export function pointInParts(parts: readonly PreparedPart[], x: number, y: number): boolean {
  for (const part of parts) if (pointInPart(part, x, y)) return true;
  return false;
}
