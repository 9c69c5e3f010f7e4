import { type Enterprise, LINK_STATUSES, type LinkStatus, type Project } from '../domain/entity';
import { ZONE_IDS, type ZoneFeature, type ZoneId } from '../domain/zone';
import { linkPoints, zoneMaskOfPoint } from './point-in-zone';
import { prepareZones } from './prepared-zones';
import { zoneMaskOfGeometry } from './site-in-zone';

/** Index of each status in LINK_STATUSES, the code stored in LinkResult's status arrays. */
export const LINK_STATUS_CODE = Object.fromEntries(
  LINK_STATUSES.map((status, index) => [status, index]),
) as Readonly<Record<LinkStatus, number>>;

/** Everything derived from linking one dataset to the zones, computed once per load. */
export interface LinkResult {
  /** Zone mask per enterprise, in input order (bit i = ZONE_IDS[i]). */
  enterpriseMasks: Uint32Array;
  /** Zone mask per project: from its site polygon when it has one, else its point. */
  projectMasks: Uint32Array;
  /** Index into LINK_STATUSES per enterprise. */
  enterpriseStatus: Uint8Array;
  projectStatus: Uint8Array;
  /** Enterprise id → ascending indices of the projects it leads or takes part in. */
  projectsByEnterprise: Map<string, number[]>;
  enterpriseIndexById: Map<string, number>;
  projectIndexById: Map<string, number>;
}

/** How a location (its zone mask) relates to a declared zone; see LinkStatus. */
export function linkStatusOf(mask: number, declared: ZoneId | null): LinkStatus {
  if (declared === null) return mask === 0 ? 'outside-all' : 'undeclared';
  return mask & (1 << ZONE_IDS.indexOf(declared)) ? 'consistent' : 'outside-declared';
}

/** Links enterprises and projects to the zones. Inputs are not modified. */
export function linkDataset(
  zones: readonly ZoneFeature[],
  enterprises: readonly Enterprise[],
  projects: readonly Project[],
): LinkResult {
  const prepared = prepareZones(zones);
  const coords = new Float64Array(enterprises.length * 2);
  enterprises.forEach((e, i) => {
    coords[2 * i] = e.coordinates[0];
    coords[2 * i + 1] = e.coordinates[1];
  });
  const enterpriseMasks = linkPoints(prepared, coords);
  const projectMasks = Uint32Array.from(projects, (p) =>
    p.site ? zoneMaskOfGeometry(prepared, p.site) : zoneMaskOfPoint(prepared, ...p.coordinates),
  );
  const statusCodes = (masks: Uint32Array, records: readonly (Enterprise | Project)[]) =>
    Uint8Array.from(
      records,
      (r, i) => LINK_STATUS_CODE[linkStatusOf(masks[i] as number, r.declared_zone)],
    );
  return {
    enterpriseMasks,
    projectMasks,
    enterpriseStatus: statusCodes(enterpriseMasks, enterprises),
    projectStatus: statusCodes(projectMasks, projects),
    ...linkLookups(enterprises, projects),
  };
}

/** The id lookups of a LinkResult; cheap, so a worker can send masks and these be rebuilt. */
export function linkLookups(
  enterprises: readonly Enterprise[],
  projects: readonly Project[],
): Pick<LinkResult, 'projectsByEnterprise' | 'enterpriseIndexById' | 'projectIndexById'> {
  return {
    projectsByEnterprise: projectsByEnterprise(projects),
    enterpriseIndexById: indexById(enterprises),
    projectIndexById: indexById(projects),
  };
}

function indexById(records: readonly { id: string }[]): Map<string, number> {
  return new Map(records.map((r, i) => [r.id, i]));
}

// Keyed by every id a project names, including ids missing from the enterprise list, so a
// project is never silently dropped from a lookup; a firm both lead and participant counts once.
function projectsByEnterprise(projects: readonly Project[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  projects.forEach((p, i) => {
    const ids = new Set(
      p.lead_enterprise === null ? p.participants : [p.lead_enterprise, ...p.participants],
    );
    for (const id of ids) {
      const list = map.get(id);
      if (list) list.push(i);
      else map.set(id, [i]);
    }
  });
  return map;
}

/** Decodes a status code from LinkResult back to its LinkStatus. */
export function linkStatusAt(codes: Uint8Array, index: number): LinkStatus {
  return LINK_STATUSES[codes[index] as number] ?? 'outside-all';
}
