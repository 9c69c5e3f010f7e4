import {
  CATEGORIES,
  type Category,
  INDUSTRIES,
  type Industry,
  LINK_STATUSES,
  type LinkStatus,
  ORG_KINDS,
  type OrgKind,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  type ProjectStatus,
  type ProjectType,
} from '../domain/entity';
import type { FilterSpec } from '../domain/filter';
import { ZONE_IDS, type ZoneId } from '../domain/zone';

/**
 * Short ASCII names for every value a filter can hold. `en` is the stable code written into
 * shared links (and the English file-name slug); `zh` is the pinyin slug for Chinese file
 * names. Codes are looked up by name, never by list position, so reordering or extending a
 * domain list never changes what an old link means. Never rename an `en` code.
 */
export interface ValueCode {
  en: string;
  zh: string;
}

export const ZONE_CODES: Readonly<Record<ZoneId, ValueCode>> = {
  'xipeng-park': { en: 'xipeng', zh: 'xipeng' },
  'jiulong-park': { en: 'jiulong', zh: 'jiulong' },
  'yangjiaping-belt': { en: 'yangjiaping', zh: 'yangjiaping' },
  'jiulong-peninsula-belt': { en: 'peninsula', zh: 'bandao' },
};

export const INDUSTRY_CODES: Readonly<Record<Industry, ValueCode>> = {
  汽车摩托车: { en: 'auto', zh: 'qimo' },
  智能产业: { en: 'smart', zh: 'zhineng' },
  新材料: { en: 'materials', zh: 'xincailiao' },
  高端装备: { en: 'equipment', zh: 'zhuangbei' },
  现代服务业: { en: 'services', zh: 'fuwuye' },
  氢能源: { en: 'hydrogen', zh: 'qingneng' },
  其他: { en: 'other', zh: 'qita' },
};

export const CATEGORY_CODES: Readonly<Record<Category, ValueCode>> = {
  高新技术企业: { en: 'hightech', zh: 'gaoxin' },
  科技型企业: { en: 'techbased', zh: 'kejixing' },
  新型研发机构: { en: 'newrd', zh: 'xinxingyanfa' },
  规上工业企业: { en: 'largeind', zh: 'guishang' },
  有研发机构: { en: 'hasrd', zh: 'youyanfa' },
};

export const ORG_KIND_CODES: Readonly<Record<OrgKind, ValueCode>> = {
  enterprise: { en: 'firm', zh: 'qiye' },
  university: { en: 'university', zh: 'gaoxiao' },
  'research-institute': { en: 'institute', zh: 'yuansuo' },
  platform: { en: 'incubator', zh: 'fuhua' },
};

export const PROJECT_TYPE_CODES: Readonly<Record<ProjectType, ValueCode>> = {
  重点研发专项: { en: 'rdprogram', zh: 'yanfazhuanxiang' },
  重大科技工程: { en: 'megaproject', zh: 'zhongdagongcheng' },
  创新平台: { en: 'platform', zh: 'pingtai' },
  产业项目: { en: 'industrial', zh: 'chanye' },
  基础设施: { en: 'infra', zh: 'jichusheshi' },
};

export const PROJECT_STATUS_CODES: Readonly<Record<ProjectStatus, ValueCode>> = {
  规划: { en: 'planned', zh: 'guihua' },
  签约: { en: 'signed', zh: 'qianyue' },
  在建: { en: 'building', zh: 'zaijian' },
  '投产/运营': { en: 'operating', zh: 'yunying' },
  完成: { en: 'done', zh: 'wancheng' },
};

export const LINK_STATUS_CODES: Readonly<Record<LinkStatus, ValueCode>> = {
  consistent: { en: 'consistent', zh: 'yizhi' },
  'outside-declared': { en: 'outside', zh: 'yuanwai' },
  undeclared: { en: 'undeclared', zh: 'weishenbao' },
  'outside-all': { en: 'nozone', zh: 'wuyuanqu' },
};

/** The value whose `en` code is `code`, or undefined. */
export function valueOfCode<T extends string>(
  table: Readonly<Record<T, ValueCode>>,
  code: string,
): T | undefined {
  const entries = Object.entries(table) as [T, ValueCode][];
  return entries.find(([, c]) => c.en === code)?.[0];
}

/** The FilterSpec fields that hold a list of domain values. */
export type ListField =
  | 'zones'
  | 'industries'
  | 'categories'
  | 'orgKinds'
  | 'projectTypes'
  | 'projectStatuses'
  | 'linkStatuses';

/** One list field: its one-letter key in links, its values in domain order, and their codes. */
export interface ListFieldCodes<T extends string> {
  key: string;
  domain: readonly T[];
  codes: Readonly<Record<T, ValueCode>>;
}

/** Every list field in one place, so links, decoding and file-name slugs agree. */
export const LIST_FIELDS: { readonly [F in ListField]: ListFieldCodes<FilterSpec[F][number]> } = {
  zones: { key: 'z', domain: ZONE_IDS, codes: ZONE_CODES },
  industries: { key: 'i', domain: INDUSTRIES, codes: INDUSTRY_CODES },
  categories: { key: 'c', domain: CATEGORIES, codes: CATEGORY_CODES },
  orgKinds: { key: 'k', domain: ORG_KINDS, codes: ORG_KIND_CODES },
  projectTypes: { key: 't', domain: PROJECT_TYPES, codes: PROJECT_TYPE_CODES },
  projectStatuses: { key: 's', domain: PROJECT_STATUSES, codes: PROJECT_STATUS_CODES },
  linkStatuses: { key: 'l', domain: LINK_STATUSES, codes: LINK_STATUS_CODES },
};

/** The chosen values in domain order (the canonical order for links and slugs). */
export function inDomainOrder<T extends string>(
  field: ListFieldCodes<T>,
  chosen: readonly T[],
): T[] {
  return field.domain.filter((v) => chosen.includes(v));
}
