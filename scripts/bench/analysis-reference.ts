import type { Enterprise } from '../../src/domain/entity';
import { INDUSTRIES } from '../../src/domain/entity';
import { ZONE_IDS } from '../../src/domain/zone';
import { haversineKm, projectX, projectY } from '../../src/geo/equal-area';
import { cellCentre } from '../../src/geo/hex-grid';

/*
 * Naive references for the analysis benchmarks: straightforward code over the record objects,
 * the way one would write it without the columnar index. They compute the same answers.
 */

/** Hexagon counts: project each record, test the 5×5 nearby centres, key cells by string. */
export function naiveHexCounts(
  records: readonly Enterprise[],
  indices: ArrayLike<number>,
  size: number,
): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < indices.length; k++) {
    const rec = records[indices[k] ?? 0];
    if (!rec) continue;
    const x = projectX(rec.coordinates[0]);
    const y = projectY(rec.coordinates[1]);
    const r0 = Math.round(y / (1.5 * size));
    const q0 = Math.round(x / (Math.sqrt(3) * size) - r0 / 2);
    let best = Number.POSITIVE_INFINITY;
    let key = '';
    for (let dq = -2; dq <= 2; dq++) {
      for (let dr = -2; dr <= 2; dr++) {
        const [cx, cy] = cellCentre(q0 + dq, r0 + dr, size);
        const d = Math.hypot(cx - x, cy - y);
        if (d < best) {
          best = d;
          key = `${q0 + dq},${r0 + dr}`;
        }
      }
    }
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Location quotients: one pass over the records per zone × industry. */
export function naiveLocationQuotients(
  records: readonly Enterprise[],
  masks: Uint32Array,
  indices: readonly number[],
): (number | null)[][] {
  const chosen = indices.map((i) => ({ rec: records[i], mask: masks[i] ?? 0 }));
  const n = chosen.length;
  return ZONE_IDS.map((_, z) =>
    INDUSTRIES.map((ind) => {
      const inZone = chosen.filter((c) => (c.mask & (1 << z)) !== 0);
      const nzi = inZone.filter((c) => c.rec?.industry === ind).length;
      const ni = chosen.filter((c) => c.rec?.industry === ind).length;
      if (inZone.length === 0 || ni === 0 || nzi < 5) return null;
      return nzi / inZone.length / (ni / n);
    }),
  );
}

/** Nearest k: the great-circle distance to every record, sorted. */
export function naiveNearest(records: readonly Enterprise[], at: [number, number], k: number) {
  return records
    .map((r, index) => ({
      index,
      km: haversineKm(at[0], at[1], r.coordinates[0], r.coordinates[1]),
    }))
    .sort((a, b) => a.km - b.km || a.index - b.index)
    .slice(0, k);
}
