import {
  CATEGORIES,
  type Category,
  INDUSTRIES,
  type Industry,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  type ProjectStatus,
  type ProjectType,
} from '../../domain/entity';
import type { ZoneId } from '../../domain/zone';

type Cell = string | number | boolean | null | undefined;

/** A cell as trimmed text; null when empty. */
export function cellText(value: Cell): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** Lower-cased text with spaces removed, for matching. */
const key = (text: string) => text.toLowerCase().replace(/\s+/g, '');

function byAlias<T>(value: Cell, aliases: readonly (readonly [string, T])[]): T | null {
  const text = cellText(value);
  if (text === null) return null;
  const k = key(text);
  return aliases.find(([alias]) => k.includes(alias))?.[1] ?? null;
}

const exact = <T extends string>(values: readonly T[]) => values.map((v) => [key(v), v] as const);

// Most specific first: 智能网联汽车 is a car maker (汽车), 新材料 beats 材料.
const INDUSTRY_ALIASES: readonly (readonly [string, Industry])[] = [
  ...exact(INDUSTRIES),
  ['氢', '氢能源'],
  ['hydrogen', '氢能源'],
  ['汽车', '汽车摩托车'],
  ['摩托', '汽车摩托车'],
  ['auto', '汽车摩托车'],
  ['motor', '汽车摩托车'],
  ['材料', '新材料'],
  ['material', '新材料'],
  ['装备', '高端装备'],
  ['equipment', '高端装备'],
  ['智能', '智能产业'],
  ['电子', '智能产业'],
  ['信息', '智能产业'],
  ['软件', '智能产业'],
  ['数字', '智能产业'],
  ['smart', '智能产业'],
  ['intelligen', '智能产业'],
  ['服务', '现代服务业'],
  ['service', '现代服务业'],
];

export const matchIndustry = (v: Cell) => byAlias(v, INDUSTRY_ALIASES);

const CATEGORY_ALIASES: readonly (readonly [string, Category])[] = [
  ...exact(CATEGORIES),
  ['高新', '高新技术企业'],
  ['high-tech', '高新技术企业'],
  ['科技型', '科技型企业'],
  ['新型研发', '新型研发机构'],
  ['规上', '规上工业企业'],
  ['规模以上', '规上工业企业'],
  ['研发机构', '有研发机构'],
];

/** Categories in a cell like `高新技术企业、科技型企业`; parts that match none are returned too. */
export function matchCategories(v: Cell): { categories: Category[]; unknown: string[] } {
  const text = cellText(v);
  const categories: Category[] = [];
  const unknown: string[] = [];
  for (const part of text?.split(/[、,，;；/|]/) ?? []) {
    if (part.trim() === '') continue;
    const hit = byAlias(part, CATEGORY_ALIASES);
    if (hit === null) unknown.push(part.trim());
    else if (!categories.includes(hit)) categories.push(hit);
  }
  return { categories, unknown };
}

const TYPE_ALIASES: readonly (readonly [string, ProjectType])[] = [
  ...exact(PROJECT_TYPES),
  ['研发', '重点研发专项'],
  ['工程', '重大科技工程'],
  ['平台', '创新平台'],
  ['基础设施', '基础设施'],
  ['infrastructure', '基础设施'],
  ['platform', '创新平台'],
  ['产业', '产业项目'],
  ['industrial', '产业项目'],
];

export const matchProjectType = (v: Cell) => byAlias(v, TYPE_ALIASES);

const STATUS_ALIASES: readonly (readonly [string, ProjectStatus])[] = [
  ...exact(PROJECT_STATUSES),
  ['投产', '投产/运营'],
  ['运营', '投产/运营'],
  ['operat', '投产/运营'],
  ['竣工', '完成'],
  ['完成', '完成'],
  ['complet', '完成'],
  ['在建', '在建'],
  ['施工', '在建'],
  ['construction', '在建'],
  ['签约', '签约'],
  ['signed', '签约'],
  ['规划', '规划'],
  ['plan', '规划'],
];

export const matchStatus = (v: Cell) => byAlias(v, STATUS_ALIASES);

const ZONE_ALIASES: readonly (readonly [string, ZoneId])[] = [
  ['xipeng', 'xipeng-park'],
  ['西彭', 'xipeng-park'],
  ['半岛', 'jiulong-peninsula-belt'],
  ['湾区', 'jiulong-peninsula-belt'],
  ['peninsula', 'jiulong-peninsula-belt'],
  ['杨家坪', 'yangjiaping-belt'],
  ['yangjiaping', 'yangjiaping-belt'],
  ['九龙科技', 'jiulong-park'],
  ['九龙园', 'jiulong-park'],
  ['jiulong-park', 'jiulong-park'],
  ['jiulongpark', 'jiulong-park'],
];

/** A declared zone from its name, short name or id. */
export const matchZone = (v: Cell) => byAlias(v, ZONE_ALIASES);

/** The first plausible year (1800–2100) in a number or a text such as `2019年5月`. */
export function matchYear(v: Cell): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1800 && v <= 2100 ? v : null;
  const m = cellText(v)?.match(/(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)/);
  return m ? Number(m[1]) : null;
}

/** A non-negative amount from a number or a text such as `1,200.5`; `scale` converts units. */
export function matchAmount(v: Cell, scale: number): number | null {
  const n = typeof v === 'number' ? v : Number(cellText(v)?.replace(/[,，\s]/g, '') ?? Number.NaN);
  return Number.isFinite(n) && n >= 0 ? n * scale : null;
}

const TRUE_WORDS = ['true', '1', 'yes', 'y', '是', '模拟'];

export function matchBoolean(v: Cell): boolean {
  if (typeof v === 'boolean') return v;
  const text = cellText(v);
  return text !== null && TRUE_WORDS.includes(text.toLowerCase());
}
