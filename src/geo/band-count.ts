/** Band entries allowed per edge: bounds band building to O(edges) whatever the ring's layout. */
export const ENTRIES_PER_EDGE = 8;

/**
 * How many latitude bands to split a ring's edges into. `wanted` is what keeps each band to a
 * few edges for an ordinary shape; the answer is lowered so that the edges' summed band spans
 * stay within ENTRIES_PER_EDGE × edges. An edge spanning a fraction f of the height meets at
 * most f × bands + 2 bands, so a ring that zigzags across its whole height (each of n edges in
 * every band) costs O(n) here instead of O(n × bands).
 *
 * @param summedExtent Σ |Δlat| over the edges.
 * @param span the ring's latitude span (max − min).
 */
export function bandCountFor(
  edgeCount: number,
  summedExtent: number,
  span: number,
  wanted: number,
): number {
  const want = Math.max(1, wanted);
  if (!(span > 0) || !(summedExtent > 0)) return want;
  const spare = (ENTRIES_PER_EDGE - 2) * edgeCount;
  const affordable = Math.floor(spare / (summedExtent / span));
  return Math.max(1, Math.min(want, affordable));
}

/** Σ |Δy| over consecutive vertices of ys (a closed ring: last repeats first). */
export function summedExtent(ys: ArrayLike<number>, step = 1, offset = 0): number {
  let total = 0;
  for (let i = offset; i + step < ys.length; i += step) {
    total += Math.abs((ys[i + step] as number) - (ys[i] as number));
  }
  return total;
}

/**
 * How many edges a horizontal line through the ring meets on average (Σ |Δlat| / span): 2 for
 * a convex ring, about n for n edges zigzagging across the whole height. A point test must look
 * at least at the edges its latitude meets, so this is the ring's cost per tested point.
 */
export function meanCrossings(ring: readonly (readonly number[])[]): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let total = 0;
  ring.forEach((p, i) => {
    const y = p[1] as number;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
    const next = ring[(i + 1) % ring.length]?.[1] as number;
    total += Math.abs(next - y);
  });
  return hi > lo ? total / (hi - lo) : 0;
}
