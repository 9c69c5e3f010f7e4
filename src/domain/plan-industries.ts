import type { Industry } from './entity';

/**
 * Our reading of which of the data's industry classes each zone's plan industries
 * (zones.geojson `industries_zh`, the plan's own words) fall under. Matched by keyword; a plan
 * industry with no class (新能源, the art industries) marks nothing rather than a guess.
 */
const KEYWORDS: readonly (readonly [RegExp, Industry])[] = [
  [/新材料/, '新材料'],
  [/氢能/, '氢能源'],
  [/智能|物联网|区块链|云计算|软件|工业互联网/, '智能产业'],
  [/科技服务|服务业/, '现代服务业'],
  [/汽车|摩托/, '汽车摩托车'],
  [/装备/, '高端装备'],
];

/** The industry classes the plan assigns a zone, from its plan industries' Chinese names. */
export function planIndustries(industriesZh: readonly string[]): Set<Industry> {
  const out = new Set<Industry>();
  for (const text of industriesZh) {
    for (const [pattern, industry] of KEYWORDS) if (pattern.test(text)) out.add(industry);
  }
  return out;
}
