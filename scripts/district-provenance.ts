import type { Provenance } from '../src/domain/provenance';

/**
 * Fixed date of our extraction, so that rebuilding gives identical files. The AMap-derived
 * outlines themselves are older (they ship with ECharts 4, whose maps were dropped in 2021).
 */
export const EXTRACTION_DATE = '2026-11-27';

const SOURCE = {
  source_zh:
    'npm 软件包 echarts@4.9.0 中的 map/json/province/chongqing.json(源自高德地图行政区划数据)',
  source_en:
    'map/json/province/chongqing.json in the npm package echarts@4.9.0 (derived from AMap district data)',
  original_crs: 'GCJ-02',
  crs: 'WGS-84',
  conversion:
    'ECharts UTF8Encoding decoded (1/1024° grid); GCJ-02 → WGS-84 with gcoord 1.0.7; rounded to 6 decimals; RFC 7946 winding',
  licence:
    'Apache-2.0 (the echarts package). Its maintainers warn these maps are old; public maps in China need an approval number (审图号): this is not an approved map.',
  licence_zh:
    'Apache-2.0（echarts 软件包）。其维护者提示这些地图数据较旧；在中国公开展示的地图需要审图号，本图不是经审核的地图。',
  date: EXTRACTION_DATE,
} as const satisfies Partial<Provenance>;

export const DISTRICT_PROVENANCE: Provenance = {
  ...SOURCE,
  confidence: 'medium',
  schematic: false,
  synthetic: false,
  note_zh:
    '九龙坡区行政区边界(示意用途,非审图号批准地图)。原数据为 GCJ-02 坐标、1/1024 度网格(约 100 米),已转换为 WGS-84,适合约 12 级以下缩放。多边形含与大渡口区交界处的两小块碎片,原样保留。',
  note_en:
    'Administrative outline of Jiulongpo District (not an approved map). The source is GCJ-02 on a 1/1024° grid (~100 m), converted to WGS-84; good to about zoom 12. Two tiny slivers on the Dadukou border are kept as the source has them.',
};

export const CONTEXT_PROVENANCE: Provenance = {
  ...SOURCE,
  confidence: 'medium',
  schematic: false,
  synthetic: false,
  note_zh:
    '与九龙坡区相邻或相距 2 千米以内的区,作为底图背景;同一来源,同样转换;边界裁剪至东经 105.9°–106.9°、北纬 29.0°–29.9° 范围内(面积仍为全区面积)。长江线为示意:沿行政区界(界线沿长江中心线)绘制,并非实测河道。',
  note_en:
    'Districts that touch Jiulongpo or lie within 2 km of it, as a background; same source and conversion; outlines clipped to 105.9–106.9° E, 29.0–29.9° N (area_km2 is still the whole district’s). The Yangtze line is schematic: drawn along the administrative boundary, which follows the river’s centre line, not a surveyed channel.',
};
