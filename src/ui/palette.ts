import type { ZoneId } from '../domain/zone';

/**
 * Okabe–Ito colours (Okabe & Ito 2008), distinguishable under the common colour-vision
 * deficiencies. Parks take the two blues/greens and a solid outline; belts take the warm
 * vermillion and purple and a dashed outline, so kind is told by pattern as well as hue.
 */
export const ZONE_COLOURS: Record<ZoneId, string> = {
  'xipeng-park': '#0072B2',
  'jiulong-park': '#009E73',
  'yangjiaping-belt': '#D55E00',
  'jiulong-peninsula-belt': '#CC79A7',
};

export const BASE_COLOURS = {
  background: '#eef0f2',
  neighbourFill: '#e3e5e8',
  neighbourLine: '#a7adb5',
  neighbourLabel: '#7b828c',
  districtFill: '#fcfbf8',
  districtLine: '#3b3f46',
  river: '#9ec9e8',
  riverLabel: '#3f7fae',
  label: '#1f2328',
  halo: '#ffffff',
} as const;

/**
 * Enterprises by industry, in INDUSTRIES order: Okabe–Ito hues, with grey for 其他.
 * 汽车摩托车, 智能产业, 新材料, 高端装备, 现代服务业, 氢能源, 其他.
 */
export const INDUSTRY_COLOURS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#0072B2',
  '#CC79A7',
  '#D55E00',
  '#8C8C8C',
] as const;

/** Projects by status, in PROJECT_STATUSES order: 规划, 签约, 在建, 投产/运营, 完成 (light to dark). */
export const STATUS_COLOURS = ['#B8A9E0', '#7B5EA7', '#F28E2B', '#2E8B57', '#4D4D4D'] as const;
