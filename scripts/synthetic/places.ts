/** A WGS-84 [lng, lat] point in degrees. */
export type LngLat = [number, number];

/**
 * Anchor points from /work/shared/reference/geography.md (WGS-84, estimates from public maps,
 * ±1–2 km for several). Real records are placed near them; synthetic clusters centre on them.
 */
export const ANCHORS = {
  artPark: [106.536, 29.489],
  sichuanFineArts: [106.5285, 29.486],
  yangjiapingMall: [106.51, 29.5035],
  xiejiawan: [106.519, 29.5195],
  districtGovernment: [106.509, 29.4995],
  shiqiaopu: [106.489, 29.539],
  erlang: [106.46, 29.517],
  xipeng: [106.305, 29.335],
  tongguanyi: [106.378, 29.318],
  taojia: [106.348, 29.403],
  southwestAluminium: [106.295, 29.345],
  zoo: [106.5085, 29.496],
} as const satisfies Record<string, LngLat>;

interface Town {
  code: string;
  zh: string;
  en: string;
  at: LngLat;
}

// NBS codes from geography.md. Points marked `estimate` are our own rough guesses (±2–3 km):
// geography.md gives no anchor for those towns. They only pick the town_code of SYNTHETIC
// records by nearest anchor, which is itself an approximation (no town boundaries are open).
export const TOWNS: readonly Town[] = [
  { code: '500107001', zh: '杨家坪', en: 'Yangjiaping', at: ANCHORS.yangjiapingMall },
  { code: '500107002', zh: '黄桷坪', en: 'Huangjueping', at: ANCHORS.sichuanFineArts },
  { code: '500107003', zh: '谢家湾', en: 'Xiejiawan', at: ANCHORS.xiejiawan },
  { code: '500107004', zh: '石坪桥', en: 'Shipingqiao', at: [106.497, 29.518] }, // estimate
  { code: '500107005', zh: '石桥铺', en: 'Shiqiaopu', at: ANCHORS.shiqiaopu },
  { code: '500107006', zh: '中梁山', en: 'Zhongliangshan', at: [106.435, 29.535] }, // estimate
  { code: '500107007', zh: '渝州路', en: 'Yuzhoulu', at: [106.506, 29.535] }, // estimate
  { code: '500107008', zh: '二郎', en: 'Erlang', at: ANCHORS.erlang },
  { code: '500107009', zh: '九龙', en: 'Jiulong', at: ANCHORS.artPark },
  { code: '500107102', zh: '华岩', en: 'Huayan', at: [106.44, 29.475] }, // estimate
  { code: '500107103', zh: '含谷', en: 'Hangu', at: [106.385, 29.525] }, // estimate
  { code: '500107104', zh: '金凤', en: 'Jinfeng', at: [106.405, 29.553] }, // estimate
  { code: '500107105', zh: '白市驿', en: 'Baishiyi', at: [106.36, 29.49] }, // estimate
  { code: '500107106', zh: '走马', en: 'Zouma', at: [106.3, 29.44] }, // estimate
  { code: '500107107', zh: '石板', en: 'Shiban', at: [106.4, 29.44] }, // estimate
  { code: '500107108', zh: '巴福', en: 'Bafu', at: [106.335, 29.455] }, // estimate
  { code: '500107109', zh: '陶家', en: 'Taojia', at: ANCHORS.taojia },
  { code: '500107110', zh: '西彭', en: 'Xipeng', at: ANCHORS.xipeng },
  { code: '500107111', zh: '铜罐驿', en: 'Tongguanyi', at: ANCHORS.tongguanyi },
];

const KM_PER_DEG_LAT = 111.2;
/** km per degree of longitude at the district's latitude (~29.4° N). */
const KM_PER_DEG_LNG = 111.2 * Math.cos((29.4 * Math.PI) / 180);

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

/**
 * Moves a [lng, lat] point by dx km east and dy km north (flat approximation, fine < 20 km),
 * rounded to 1e-6° (~0.1 m) so the files stay short.
 */
export function offsetKm(
  [lng, lat]: readonly [number, number],
  dxKm: number,
  dyKm: number,
): LngLat {
  return [round6(lng + dxKm / KM_PER_DEG_LNG), round6(lat + dyKm / KM_PER_DEG_LAT)];
}

/** The town whose anchor is nearest to [lng, lat] (planar km distance). */
export function nearestTown(lng: number, lat: number): Town {
  let best = TOWNS[0] as Town;
  let bestD = Infinity;
  for (const t of TOWNS) {
    const d = ((t.at[0] - lng) * KM_PER_DEG_LNG) ** 2 + ((t.at[1] - lat) * KM_PER_DEG_LAT) ** 2;
    if (d < bestD) {
      best = t;
      bestD = d;
    }
  }
  return best;
}
