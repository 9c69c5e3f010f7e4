import { booleanPointInPolygon } from '@turf/turf';
import gcoord from 'gcoord';
import type { MultiPolygon, Position } from 'geojson';
import { DISTRICT_FILE, readJsonFile } from '../geojson-io';

// Synthetic test records (not real firms) at WGS-84 positions inside 九龙坡区, checked below.
export const POINTS: readonly { name: string; industry: string; lng: number; lat: number }[] = [
  { name: '测试企业甲', industry: '智能制造', lng: 106.45, lat: 29.45 },
  { name: '测试企业乙', industry: '新材料', lng: 106.5, lat: 29.5 },
  { name: '测试企业丙', industry: '生物医药', lng: 106.3, lat: 29.35 },
  { name: '测试企业丁', industry: '软件信息', lng: 106.4, lat: 29.5 },
  { name: '测试企业戊', industry: '氢能源', lng: 106.35, lat: 29.4 },
];

/** A small square zone around 106.45°E 29.45°N, outer ring clockwise (shapefile order). */
export const ZONE_RING_CW: [number, number][] = [
  [106.44, 29.44],
  [106.44, 29.46],
  [106.46, 29.46],
  [106.46, 29.44],
  [106.44, 29.44],
];

export function district(): MultiPolygon {
  const doc = readJsonFile(DISTRICT_FILE) as { features: { geometry: MultiPolygon }[] };
  const g = doc.features[0]?.geometry;
  if (!g) throw new Error('district.geojson has no feature');
  return g;
}

export function toGcj(p: Position): [number, number] {
  const out = gcoord.transform<[number, number]>(
    [p[0] as number, p[1] as number],
    gcoord.WGS84,
    gcoord.GCJ02,
  );
  return [round(out[0], 7), round(out[1], 7)];
}

export function round(v: number, d: number): number {
  const f = 10 ** d;
  return Math.round(v * f) / f;
}

/**
 * WGS-84 points just inside the district's edge whose GCJ-02 coordinates fall outside it:
 * what an AMap export of edge-hugging data looks like when read as WGS-84. Deterministic.
 */
export function edgePoints(count: number): [number, number][] {
  const area = district();
  const ring = area.coordinates.flat(1).flat(1) as [number, number][];
  const out: [number, number][] = [];
  for (let i = 0; i < ring.length && out.length < count; i += 7) {
    const [x, y] = ring[i] as [number, number];
    for (const [dx, dy] of [
      [0.002, 0.002],
      [-0.002, 0.002],
      [0.002, -0.002],
      [-0.002, -0.002],
    ] as const) {
      const p: [number, number] = [round(x + dx, 6), round(y + dy, 6)];
      if (booleanPointInPolygon(p, area) && !booleanPointInPolygon(toGcj(p), area)) {
        out.push(p);
        break;
      }
    }
  }
  if (out.length < count) throw new Error(`only ${out.length} edge points`);
  return out;
}

export function checkInside(): void {
  const area = district();
  for (const p of POINTS) {
    if (!booleanPointInPolygon([p.lng, p.lat], area)) throw new Error(`${p.name} outside`);
  }
}
