import type { MultiPolygon, Polygon } from 'geojson';
import { CATEGORIES, type Category, type Enterprise, type Industry } from '../../src/domain/entity';
import { ZONE_IDS, type ZoneFeature, type ZoneId } from '../../src/domain/zone';
import { NameMaker } from './names';
import { type LngLat, nearestTown } from './places';
import { Rng } from './prng';
import { makeSpace, type Space, sampleInZone, sampleOutside } from './sampler';
import { type NameTheme, OUTSIDE_INDUSTRIES, OUTSIDE_SHARE, ZONE_THEMES } from './themes';

/** The plan's 2025 scale: 4,000 tech-based firms of which 750 high-tech and ≥ 20 new R&D institutions. */
export const PLAN_SCALE = { techBased: 4000, highTech: 750, newRnd: 20 } as const;

const MANUFACTURING: ReadonlySet<Industry> = new Set([
  '汽车摩托车',
  '新材料',
  '高端装备',
  '氢能源',
]);
/** Relative odds of being high-tech by industry (averaging ~1 over the designed mix). */
const HIGH_TECH_ODDS: Readonly<Record<Industry, number>> = {
  智能产业: 1.4,
  氢能源: 1.5,
  新材料: 1.2,
  高端装备: 1.1,
  汽车摩托车: 1,
  现代服务业: 0.6,
  其他: 0.5,
};
const P_HIGH_TECH = (PLAN_SCALE.highTech / PLAN_SCALE.techBased) * 0.98;
const P_NEW_RND = PLAN_SCALE.newRnd / PLAN_SCALE.techBased;
/** Share of manufacturing firms that are above designated size (规上). */
const P_LARGE = 0.16;
/** Share of 规上 firms with an R&D unit: above the plan's ≥ 50 % target. */
const P_LARGE_RND_UNIT = 0.6;
/** In-zone firms declaring another zone, and out-of-zone firms declaring one: ≈ 6.5 % in all. */
const P_DECLARED_SAME = 0.55;
const P_DECLARED_OTHER = 0.05;
const P_OUTSIDE_DECLARED = 0.11;

export const syntheticSource = (seed: number): string => `synthetic (seed ${seed})`;

interface Placement {
  at: LngLat;
  zone: ZoneId | null;
  industry: Industry;
  theme: NameTheme;
}

function place(rng: Rng, space: Space): Placement {
  if (rng.chance(OUTSIDE_SHARE)) {
    const industry = rng.weighted(OUTSIDE_INDUSTRIES);
    return { at: sampleOutside(rng, space), zone: null, industry, theme: industry };
  }
  const zone = rng.choose(ZONE_IDS, (id) => ZONE_THEMES[id].share);
  const cluster = rng.choose(ZONE_THEMES[zone].clusters, (c) => c.weight);
  const industry = rng.weighted(cluster.industries);
  const theme = cluster.nameTheme && industry !== '智能产业' ? cluster.nameTheme : industry;
  return {
    at: sampleInZone(rng, space, zone, cluster.centre, cluster.sigmaKm),
    zone,
    industry,
    theme,
  };
}

function declaredZone(rng: Rng, zone: ZoneId | null): ZoneId | null {
  if (zone === null) return rng.chance(P_OUTSIDE_DECLARED) ? rng.pick(ZONE_IDS) : null;
  const u = rng.next();
  if (u < P_DECLARED_SAME) return zone;
  if (u < P_DECLARED_SAME + P_DECLARED_OTHER) return rng.pick(ZONE_IDS.filter((z) => z !== zone));
  return null;
}

function categoriesOf(rng: Rng, industry: Industry, institute: boolean): Category[] {
  if (institute) return ['新型研发机构'];
  const set = new Set<Category>(['科技型企业']);
  const highTech = rng.chance(P_HIGH_TECH * HIGH_TECH_ODDS[industry]);
  if (highTech) set.add('高新技术企业');
  const large = MANUFACTURING.has(industry) && rng.chance(P_LARGE);
  if (large) set.add('规上工业企业');
  if (rng.chance(large ? P_LARGE_RND_UNIT : highTech ? 0.08 : 0.01)) set.add('有研发机构');
  return CATEGORIES.filter((c) => set.has(c));
}

function size(rng: Rng, categories: readonly Category[]): { employees: number; founded: number } {
  if (categories.includes('新型研发机构')) {
    return { employees: Math.round(rng.logNormal(60, 0.6, 10, 800)), founded: rng.int(2015, 2024) };
  }
  // Most firms are young and small; large industrial firms are older and bigger.
  const large = categories.includes('规上工业企业');
  const employees = large ? rng.logNormal(350, 0.8, 60, 20000) : rng.logNormal(22, 1, 3, 2000);
  const founded = large
    ? 2021 - Math.floor(32 * rng.next() ** 0.9)
    : 2024 - Math.floor(35 * rng.next() ** 1.8);
  return { employees: Math.round(employees), founded };
}

function enterprise(i: number, rng: Rng, space: Space, names: NameMaker, seed: number): Enterprise {
  const { at, zone, industry, theme } = place(rng, space);
  const institute = rng.chance(P_NEW_RND);
  const categories = categoriesOf(rng, industry, institute);
  const name = institute ? names.institute(industry) : names.company(theme);
  return {
    kind: 'enterprise',
    id: `syn-e-${String(i + 1).padStart(6, '0')}`,
    org_kind: institute ? 'research-institute' : 'enterprise',
    name_zh: name.zh,
    name_en: name.en,
    industry,
    categories,
    ...size(rng, categories),
    address: null,
    town_code: nearestTown(at[0], at[1]).code,
    declared_zone: declaredZone(rng, zone),
    accuracy: rng.weighted({ street: 0.8, town: 0.15, approximate: 0.05 }),
    synthetic: true,
    source: syntheticSource(seed),
    coordinates: at,
  };
}

/** Synthetic enterprises over a prepared Space (see generateEnterprises). */
export function generateEnterprisesIn(space: Space, count: number, seed: number): Enterprise[] {
  const rng = new Rng(seed);
  const names = new NameMaker(rng);
  return Array.from({ length: count }, (_, i) => enterprise(i, rng, space, names, seed));
}

/**
 * `count` synthetic enterprises (WGS-84 [lng, lat]), deterministic for a seed: ~75 % clustered
 * in the four zones by theme, ~25 % elsewhere in the district. Pure: no I/O.
 */
export function generateEnterprises(
  count: number,
  seed: number,
  zones: readonly ZoneFeature[],
  district: Polygon | MultiPolygon,
): Enterprise[] {
  return generateEnterprisesIn(makeSpace(zones, district), count, seed);
}
