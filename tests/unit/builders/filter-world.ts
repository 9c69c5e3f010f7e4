import type { Enterprise, LinkStatus, Project } from '../../../src/domain/entity';
import { LINK_STATUSES } from '../../../src/domain/entity';
import { EMPTY_FILTER, type FilterSpec } from '../../../src/domain/filter';
import type { LinkColumns } from '../../../src/geo/entity-index';
import { enterprise, project } from './zones';

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

/** A real (non-synthetic) enterprise; the zones builders make synthetic ones by default. */
export function company(
  id: string,
  coordinates: [number, number],
  over: Partial<Enterprise> = {},
): Enterprise {
  return enterprise(id, coordinates, { synthetic: false, ...over });
}

/** A real (non-synthetic) project. */
export function works(
  id: string,
  coordinates: [number, number],
  over: Partial<Project> = {},
): Project {
  return project(id, coordinates, { synthetic: false, ...over });
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
