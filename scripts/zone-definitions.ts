// Hand-written schematic inputs for data/geojson/zones.geojson (WGS-84 [lng, lat] degrees).
// Every figure comes from /work/shared/reference/geography.md (its anchor table, ±1–2 km where
// marked L) and the plan text; none is an official boundary. Park extents are drawn generously
// past the district border on purpose: build-zones clips them to the real outline.
import type { LngLat } from '../src/domain/filter';
import type { Confidence } from '../src/domain/provenance';
import type { ZoneId } from '../src/domain/zone';

export interface Anchor {
  zone: ZoneId;
  name_zh: string;
  name_en: string;
  at: LngLat;
}

/** Places each zone must contain (geography.md's anchor table); tests check them. */
export const ANCHORS: readonly Anchor[] = [
  {
    zone: 'xipeng-park',
    name_zh: '陶家镇(氢能核心区)',
    name_en: 'Taojia (hydrogen core)',
    at: [106.348, 29.403],
  },
  {
    zone: 'xipeng-park',
    name_zh: '西南铝业',
    name_en: 'Southwest Aluminium',
    at: [106.295, 29.345],
  },
  { zone: 'xipeng-park', name_zh: '西彭镇', name_en: 'Xipeng town', at: [106.305, 29.335] },
  { zone: 'xipeng-park', name_zh: '铜罐驿镇', name_en: 'Tongguanyi town', at: [106.378, 29.318] },
  { zone: 'jiulong-park', name_zh: '石桥铺', name_en: 'Shiqiaopu', at: [106.489, 29.539] },
  { zone: 'jiulong-park', name_zh: '二郎', name_en: 'Erlang', at: [106.46, 29.517] },
  { zone: 'yangjiaping-belt', name_zh: '谢家湾', name_en: 'Xiejiawan', at: [106.5196, 29.52] },
  { zone: 'yangjiaping-belt', name_zh: '杨家坪', name_en: 'Yangjiaping', at: [106.5114, 29.5039] },
  { zone: 'yangjiaping-belt', name_zh: '动物园', name_en: 'Zoo', at: [106.5085, 29.496] },
  {
    zone: 'yangjiaping-belt',
    name_zh: '九龙新商圈',
    name_en: 'Jiulong New Business District',
    at: [106.51, 29.5035],
  },
  {
    zone: 'yangjiaping-belt',
    name_zh: '九龙坡区政府',
    name_en: 'District government',
    at: [106.509, 29.4995],
  },
  {
    zone: 'jiulong-peninsula-belt',
    name_zh: '四川美术学院',
    name_en: 'Sichuan Fine Arts Institute',
    at: [106.5285, 29.486],
  },
  {
    zone: 'jiulong-peninsula-belt',
    name_zh: '重庆美术公园',
    name_en: 'Chongqing Art Park',
    at: [106.536, 29.489],
  },
];

export type ZoneShape =
  /** An extent ring (closed), clipped to the district. */
  | { kind: 'park'; extent: LngLat[] }
  /** A corridor: the axis buffered by halfWidthKm on each side, clipped to the district. */
  | { kind: 'belt'; axis: LngLat[]; halfWidthKm: number };

export interface ZoneDefinition {
  id: ZoneId;
  shape: ZoneShape;
  confidence: Confidence;
}

export const ZONE_DEFINITIONS: readonly ZoneDefinition[] = [
  {
    // 西三镇 = 西彭, 铜罐驿, 陶家: the south-western lobe, bounded by the Yangtze to the south and
    // east (the clip supplies the river bank and the 江津/大渡口 borders). West of 106.31 the
    // north edge follows 西彭's extent (29.258–29.391 N); further east it runs ~3 km north of
    // 陶家 (106.348, 29.403) to take in the hydrogen core. East edge 106.41: the lobe ends at
    // 106.406; district land east of 大渡口's western strip is left out (no sign it is 陶家).
    id: 'xipeng-park',
    shape: {
      kind: 'park',
      extent: [
        [106.2, 29.2],
        [106.41, 29.2],
        [106.41, 29.432],
        [106.335, 29.432],
        [106.31, 29.392],
        [106.2, 29.392],
        [106.2, 29.2],
      ],
    },
    confidence: 'high',
  },
  {
    // 东三街 = 石桥铺, 二郎, 渝州路: the north-eastern block between 沙坪坝's notch (west), the
    // 沙坪坝/渝中 border (north, east; from the clip). South edge: ~1.7 km south of 二郎
    // (106.460, 29.517) in the west, rising to 29.5255 at 106.515 so that 谢家湾 (106.5196,
    // 29.5200, 杨家坪 belt) and 石坪桥/杨家坪 stay outside; 渝州路 reaches the 渝中 border.
    id: 'jiulong-park',
    shape: {
      kind: 'park',
      extent: [
        [106.44, 29.5],
        [106.478, 29.5],
        [106.497, 29.5185],
        [106.515, 29.5255],
        [106.56, 29.528],
        [106.56, 29.6],
        [106.44, 29.6],
        [106.44, 29.5],
      ],
    },
    confidence: 'medium',
  },
  {
    // Along Metro Line 2 through the 杨家坪 commercial centre: stations 谢家湾 → 杨家坪 → 动物园
    // (geography.md, M–L). 450 m each side covers the 杨家坪 pedestrian street / 九龙新商圈
    // (106.510, 29.5035) and the district government (106.509, 29.4995).
    id: 'yangjiaping-belt',
    shape: {
      kind: 'belt',
      axis: [
        [106.5196, 29.52],
        [106.5114, 29.5039],
        [106.5085, 29.496],
      ],
      halfWidthKm: 0.45,
    },
    confidence: 'medium',
  },
  {
    // The 九龙半岛 (the Yangtze bulge of the outline, 106.525–106.549 E, 29.476–29.505 N) and its
    // riverside bay. Axis: the 黄桷坪 riverside at the 大渡口 border (106.5205, 29.4835) →
    // 四川美术学院 (106.5285, 29.486) → peninsula centre / 重庆美术公园 (106.536, 29.489) → the
    // north-east bank (106.5425, 29.4965) → north-west along the bay, 200–350 m inside the bank,
    // towards 鹅公岩 (106.5295, 29.5065). Half-width 1.45 km: the peninsula's farthest vertex
    // (its southern tip) lies 1.41 km from the axis, so the belt covers the whole peninsula;
    // clipped, it comes to the ≈10 km² reported as planned. It overlaps the 杨家坪 belt's
    // eastern edge by ~0.6 km² but keeps clear of that belt's anchors (谢家湾 is 1.78 km away).
    id: 'jiulong-peninsula-belt',
    shape: {
      kind: 'belt',
      axis: [
        [106.5205, 29.4835],
        [106.5285, 29.486],
        [106.536, 29.489],
        [106.5425, 29.4965],
        [106.535, 29.502],
        [106.5295, 29.5065],
      ],
      halfWidthKm: 1.45,
    },
    confidence: 'medium',
  },
];
