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
