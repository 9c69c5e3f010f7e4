import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Enterprise, Project, ProjectStatus, ProjectType } from '../../src/domain/entity';
import { ZONE_IDS, type ZoneFeature, type ZoneId } from '../../src/domain/zone';
import { syntheticSource } from './generate-enterprises';
import { SYNTHETIC_SUFFIX_EN, SYNTHETIC_SUFFIX_ZH } from './names';
import { type LngLat, nearestTown, offsetKm } from './places';
import { Rng } from './prng';
import { TOPICS, TYPE_NAMES } from './project-words';
import { jitterInDistrict, makeSpace, type Space, sampleInZone, sampleOutside } from './sampler';
import type { NameTheme } from './themes';

/** The year synthetic statuses are simulated at (planned after it, done before it). */
export const AS_OF_YEAR = 2024;

const TYPE_WEIGHTS = {
  产业项目: 0.35,
  重点研发专项: 0.2,
  创新平台: 0.2,
  重大科技工程: 0.1,
  基础设施: 0.15,
};
/** Median investment in 亿元 by type; spread is log-normal, clamped to 0.1–50. */
const MEDIAN_YI: Readonly<Record<ProjectType, number>> = {
  产业项目: 5,
  重大科技工程: 3,
  基础设施: 4,
  创新平台: 1,
  重点研发专项: 0.3,
};
const SITE_TYPES: ReadonlySet<ProjectType> = new Set(['产业项目', '基础设施', '创新平台']);
/** Share of site-capable projects drawn as a polygon site: ≈ 10 % of all projects. */
const P_SITE = 0.14;
const ZONE_THEME: Readonly<Record<ZoneId, NameTheme>> = {
  'xipeng-park': '氢能源',
  'jiulong-park': '智能产业',
  'yangjiaping-belt': '现代服务业',
  'jiulong-peninsula-belt': 'art',
};

interface Ctx {
  rng: Rng;
  space: Space;
  firms: readonly Enterprise[];
  index: Flatbush | null;
  seed: number;
}

function statusOf(rng: Rng, type: ProjectType, start: number, end: number): ProjectStatus {
  if (start > AS_OF_YEAR) return rng.chance(0.6) ? '规划' : '签约';
  if (end < AS_OF_YEAR) {
    const runs = type !== '重点研发专项' && type !== '重大科技工程';
    return runs && rng.chance(0.7) ? '投产/运营' : '完成';
  }
  return start === AS_OF_YEAR && rng.chance(0.3) ? '签约' : '在建';
}

function leadWeight(e: Enterprise, type: ProjectType): number {
  const c = e.categories;
  const rnd = type === '重点研发专项' || type === '创新平台';
  return (
    1 +
    (c.includes('规上工业企业') ? 2 : 0) +
    (c.includes('高新技术企业') ? 1 : 0) +
    (rnd && c.includes('新型研发机构') ? 4 : 0)
  );
}

function participantsNear(ctx: Ctx, at: LngLat, lead: Enterprise): string[] {
  const k = ctx.rng.weighted({ 0: 0.35, 1: 0.3, 2: 0.2, 3: 0.15 });
  const near = (ctx.index?.neighbors(at[0], at[1], 12) ?? [])
    .map((i) => ctx.firms[i])
    .filter((e): e is Enterprise => e !== undefined && e.id !== lead.id);
  const chosen: string[] = [];
  while (chosen.length < Number(k) && near.length > 0) {
    const [e] = near.splice(ctx.rng.int(0, near.length - 1), 1);
    if (e) chosen.push(e.id);
  }
  return chosen;
}

/** A schematic irregular hexagon of about rKm around the centre, or null if it leaves the district. */
function siteAround(ctx: Ctx, centre: LngLat): Polygon | null {
  const r = ctx.rng.uniform(0.15, 0.5);
  const ring = [0, 1, 2, 3, 4, 5].map((k): LngLat => {
    const angle = ((k * 60 + ctx.rng.uniform(-10, 10)) * Math.PI) / 180;
    const rk = r * ctx.rng.uniform(0.75, 1.1);
    const [lng, lat] = offsetKm(centre, rk * Math.cos(angle), rk * Math.sin(angle));
    return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  });
  if (!ring.every(([lng, lat]) => ctx.space.inDistrict(lng, lat))) return null;
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as LngLat]] };
}

function where(ctx: Ctx, type: ProjectType) {
  const { rng, space } = ctx;
  if ((type === '基础设施' && rng.chance(0.5)) || ctx.firms.length === 0) {
    // Public infrastructure, often without a lead firm.
    const zone = rng.chance(0.7) ? rng.pick(ZONE_IDS) : null;
    const at = zone ? sampleInZone(rng, space, zone, null, 0) : sampleOutside(rng, space);
    return {
      at,
      lead: null,
      theme: zone ? ZONE_THEME[zone] : ('其他' as const),
      declared: zone && rng.chance(0.85) ? zone : null,
    };
  }
  const lead = rng.choose(ctx.firms, (e) => leadWeight(e, type));
  const at = jitterInDistrict(rng, space, lead.coordinates, 0.3);
  const inZone = ZONE_IDS.find((_, i) => space.maskAt(at[0], at[1]) & (1 << i)) ?? null;
  const art = inZone === 'jiulong-peninsula-belt' && lead.industry !== '智能产业';
  const declared =
    lead.declared_zone && rng.chance(0.7) ? lead.declared_zone : rng.chance(0.5) ? inZone : null;
  return { at, lead, theme: art ? ('art' as const) : lead.industry, declared };
}

function project(i: number, ctx: Ctx): Project {
  const { rng } = ctx;
  const type = rng.weighted(TYPE_WEIGHTS);
  const { at, lead, theme, declared } = where(ctx, type);
  const [topicZh, topicEn] = rng.pick(TOPICS[theme]);
  const town = nearestTown(at[0], at[1]);
  const start = rng.int(2019, 2025);
  const end = Math.min(2027, start + rng.int(1, 4));
  const site = SITE_TYPES.has(type) && rng.chance(P_SITE) ? siteAround(ctx, at) : null;
  return {
    kind: 'project',
    id: `syn-p-${String(i + 1).padStart(5, '0')}`,
    name_zh: `${town.zh}${topicZh}${TYPE_NAMES[type].zh}${SYNTHETIC_SUFFIX_ZH}`,
    name_en: `${town.en} ${TYPE_NAMES[type].en(topicEn)}${SYNTHETIC_SUFFIX_EN}`,
    type,
    status: statusOf(rng, type, start, end),
    investment_yi: rng.chance(0.05)
      ? null
      : Math.round(rng.logNormal(MEDIAN_YI[type], 1, 0.1, 50) * 100) / 100,
    start_year: start,
    end_year: end,
    lead_enterprise: lead?.id ?? null,
    participants: lead ? participantsNear(ctx, at, lead) : [],
    declared_zone: declared,
    accuracy: site || rng.chance(0.25) ? 'approximate' : 'street',
    synthetic: true,
    source: syntheticSource(ctx.seed),
    coordinates: at,
    site,
  };
}

/**
 * Synthetic projects over a prepared Space, led by and shared among the SYNTHETIC firms given
 * (real firms are never tied to invented projects). Deterministic for a seed; pure.
 */
export function generateProjectsIn(
  space: Space,
  count: number,
  seed: number,
  enterprises: readonly Enterprise[],
): Project[] {
  const firms = enterprises.filter((e) => e.synthetic);
  let index: Flatbush | null = null;
  if (firms.length > 0) {
    index = new Flatbush(firms.length);
    for (const e of firms)
      index.add(e.coordinates[0], e.coordinates[1], e.coordinates[0], e.coordinates[1]);
    index.finish();
  }
  // A separate stream from the enterprises', so changing one count leaves the other's output alone.
  const ctx: Ctx = { rng: new Rng(seed ^ 0x9e3779b9), space, firms, index, seed };
  return Array.from({ length: count }, (_, i) => project(i, ctx));
}

export function generateProjects(
  count: number,
  seed: number,
  enterprises: readonly Enterprise[],
  zones: readonly ZoneFeature[],
  district: Polygon | MultiPolygon,
): Project[] {
  return generateProjectsIn(makeSpace(zones, district), count, seed, enterprises);
}
