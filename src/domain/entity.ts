import type { MultiPolygon, Polygon } from 'geojson';
import type { ZoneId } from './zone';

/** The plan's "4+1" leading industries plus hydrogen, and 其他 for the rest. */
export const INDUSTRIES = [
  '汽车摩托车',
  '智能产业',
  '新材料',
  '高端装备',
  '现代服务业',
  '氢能源',
  '其他',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const CATEGORIES = [
  '高新技术企业',
  '科技型企业',
  '新型研发机构',
  '规上工业企业',
  '有研发机构',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PROJECT_TYPES = [
  '重点研发专项',
  '重大科技工程',
  '创新平台',
  '产业项目',
  '基础设施',
] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const PROJECT_STATUSES = ['规划', '签约', '在建', '投产/运营', '完成'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * What sort of organisation a record is: a firm, a university, a research institute, or a
 * platform/incubator. In the data files this is the feature property `kind`; in memory it is
 * `org_kind`, because `kind` tells enterprises from projects.
 */
export const ORG_KINDS = ['enterprise', 'university', 'research-institute', 'platform'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const LOCATION_ACCURACIES = ['exact', 'street', 'town', 'approximate'] as const;
export type LocationAccuracy = (typeof LOCATION_ACCURACIES)[number];

/**
 * How an entity's location relates to the zone it is registered to:
 * - consistent: it declares a zone and lies in it;
 * - outside-declared: it declares a zone and does not lie in it;
 * - undeclared: it declares none but lies in at least one zone;
 * - outside-all: it declares none and lies in none.
 */
export const LINK_STATUSES = [
  'consistent',
  'outside-declared',
  'undeclared',
  'outside-all',
] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** An enterprise or institution, as validated from data/geojson/enterprises.geojson. */
export interface Enterprise {
  kind: 'enterprise';
  id: string;
  /** Firm, university, research institute or platform (the file's `kind`). */
  org_kind: OrgKind;
  name_zh: string;
  name_en: string | null;
  industry: Industry;
  categories: Category[];
  founded: number | null;
  employees: number | null;
  address: string | null;
  /** NBS street/town code (九龙坡区 500107xxx), or null when unknown. */
  town_code: string | null;
  declared_zone: ZoneId | null;
  accuracy: LocationAccuracy;
  synthetic: boolean;
  source: string;
  /** WGS-84 [lng, lat]. */
  coordinates: [number, number];
  /** Caveats on the record (an institution rather than a firm, an inferred industry, ...). */
  note_zh?: string;
  note_en?: string;
}

/** A project, as validated from data/geojson/projects.geojson. */
export interface Project {
  kind: 'project';
  id: string;
  name_zh: string;
  name_en: string | null;
  type: ProjectType;
  status: ProjectStatus;
  /** Investment in 亿元 (10⁸ CNY), or null when not public. */
  investment_yi: number | null;
  start_year: number | null;
  end_year: number | null;
  lead_enterprise: string | null;
  participants: string[];
  declared_zone: ZoneId | null;
  accuracy: LocationAccuracy;
  synthetic: boolean;
  source: string;
  /** A representative WGS-84 [lng, lat] point (the point itself, or a point on the site). */
  coordinates: [number, number];
  /** The project site, when the project is a polygon. */
  site: Polygon | MultiPolygon | null;
  /** Caveats on the record (an institution rather than a firm, an inferred industry, ...). */
  note_zh?: string;
  note_en?: string;
}

export type Entity = Enterprise | Project;

/** A record skipped at load, with the reason (a message key and its parameters). */
export interface SkippedRecord {
  dataset: 'enterprises' | 'projects';
  index: number;
  id: string | null;
  reason: SkipReason;
  detail: string;
}

export type SkipReason =
  | 'missing-id'
  | 'duplicate-id'
  | 'bad-geometry'
  | 'out-of-area'
  | 'unknown-industry'
  | 'unknown-category'
  | 'unknown-type'
  | 'unknown-status'
  | 'unknown-zone'
  | 'bad-property'
  /** Reading the record threw (absurd nesting, wrong types deep inside). */
  | 'unreadable-record'
  /** A project site with more vertices than a site outline needs (MAX_SITE_VERTICES). */
  | 'too-many-vertices'
  | 'file-vertex-limit'
  /** A project site whose edges cross each other: never fed to polygon overlay. */
  | 'self-intersecting';
