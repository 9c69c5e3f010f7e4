// Exact sign of a 2×2 determinant of doubles (Shewchuk's orient2d filter plus an exact
// fallback). The crossing test in point-in-zone.ts uses the same determinant, on the same
// rounded differences, as point-in-polygon-hao (the engine of turf's booleanPointInPolygon),
// so our masks agree with turf bit for bit, even for points a rounding error from an edge.

const EPSILON = 2 ** -53;
const SPLITTER = 2 ** 27 + 1;
const ERR_BOUND_A = (3 + 16 * EPSILON) * EPSILON;

/**
 * Exact sign (−1, 0 or 1) of `u2·v1 − u1·v2`, where (u1, v1) and (u2, v2) are the two ends of
 * an edge relative to the query point (degrees, [lng, lat] differences).
 */
export function crossSign(u1: number, u2: number, v1: number, v2: number): number {
  const left = u2 * v1;
  const right = u1 * v2;
  const det = left - right;
  if (Math.abs(det) >= ERR_BOUND_A * Math.abs(left + right)) return Math.sign(det);
  return exactDiffSign(u2, v1, u1, v2);
}

/** Exact sign of a·b − c·d, via error-free products and Shewchuk's Two_Two_Diff. */
function exactDiffSign(a: number, b: number, c: number, d: number): number {
  const [s1, s0] = twoProduct(a, b);
  const [t1, t0] = twoProduct(c, d);
  let i = s0 - t0;
  let bvirt = s0 - i;
  const x0 = s0 - (i + bvirt) + (bvirt - t0);
  const j = s1 + i;
  bvirt = j - s1;
  const z = s1 - (j - bvirt) + (i - bvirt);
  i = z - t1;
  bvirt = z - i;
  const x1 = z - (i + bvirt) + (bvirt - t1);
  const x3 = j + i;
  bvirt = x3 - j;
  const x2 = j - (x3 - bvirt) + (i - bvirt);
  // A non-overlapping expansion has the sign of its most significant non-zero component.
  if (x3 !== 0) return Math.sign(x3);
  if (x2 !== 0) return Math.sign(x2);
  if (x1 !== 0) return Math.sign(x1);
  return Math.sign(x0);
}

/** a·b as an unevaluated sum hi + lo, exactly (Dekker's product with Veltkamp's split). */
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  let c = SPLITTER * a;
  const aHi = c - (c - a);
  const aLo = a - aHi;
  c = SPLITTER * b;
  const bHi = c - (c - b);
  const bLo = b - bHi;
  const lo = aLo * bLo - (hi - aHi * bHi - aLo * bHi - aHi * bLo);
  return [hi, lo];
}
