import type { Enterprise, LinkStatus, Project } from '../../../src/domain/entity';
import { LINK_STATUSES } from '../../../src/domain/entity';
import { EMPTY_FILTER, type FilterSpec } from '../../../src/domain/filter';
import type { LinkColumns } from '../../../src/geo/entity-index';

/** Datasets plus what geo/link would have computed for them, for filter and stats tests. */
export interface FilterWorld {
  enterprises: Enterprise[];
  projects: Project[];
  link: LinkColumns;
}

export interface Row<T> {
  record: T;
  /** Zone mask (bit i = ZONE_IDS[i]); 0 by default. */
  mask?: number;
  link?: LinkStatus;
}

export function company(
  id: string,
  coordinates: [number, number],
  over: Partial<Enterprise> = {},
): Enterprise {
  return {
    kind: 'enterprise',
    id,
    name_zh: id,
    name_en: null,
    industry: '其他',
    categories: [],
    founded: null,
    employees: null,
    address: null,
    town_code: null,
    declared_zone: null,
    accuracy: 'approximate',
    synthetic: false,
    source: 'test',
    coordinates,
    ...over,
  };
}

export function works(
  id: string,
  coordinates: [number, number],
  over: Partial<Project> = {},
): Project {
  return {
    kind: 'project',
    id,
    name_zh: id,
    name_en: null,
    type: '产业项目',
    status: '规划',
    investment_yi: null,
    start_year: null,
    end_year: null,
    lead_enterprise: null,
    participants: [],
    declared_zone: null,
    accuracy: 'approximate',
    synthetic: false,
    source: 'test',
    coordinates,
    site: null,
    ...over,
  };
}

function statusCodes<T>(rows: readonly Row<T>[]): Uint8Array {
  return Uint8Array.from(rows, (r) => LINK_STATUSES.indexOf(r.link ?? 'outside-all'));
}

export function world(
  enterprises: readonly Row<Enterprise>[],
  projects: readonly Row<Project>[] = [],
): FilterWorld {
  return {
    enterprises: enterprises.map((r) => r.record),
    projects: projects.map((r) => r.record),
    link: {
      enterpriseMasks: Uint32Array.from(enterprises, (r) => r.mask ?? 0),
      projectMasks: Uint32Array.from(projects, (r) => r.mask ?? 0),
      enterpriseStatus: statusCodes(enterprises),
      projectStatus: statusCodes(projects),
    },
  };
}

/** A fresh empty filter with the given fields replaced. */
export function spec(over: Partial<FilterSpec> = {}): FilterSpec {
  return { ...structuredClone(EMPTY_FILTER), ...over };
}
