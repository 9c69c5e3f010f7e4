import { type Enterprise, LINK_STATUSES, type LinkStatus, type Project } from '../domain/entity';
import { ZONE_IDS, type ZoneFeature, type ZoneId } from '../domain/zone';
import type { IdLookup } from './id-index';
import { linkLookups } from './link-lookups';
import { linkPoints, zoneMaskOfPoint } from './point-in-zone';
import { type PreparedZones, prepareZones } from './prepared-zones';
import { zoneMaskOfGeometry } from './site-in-zone';

// The lookups live in their own module so the page can rebuild them without importing
// site-in-zone (turf's polygon clipping) into its first-paint bundle.
export { linkLookups };

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
  enterpriseIndexById: IdLookup;
  projectIndexById: IdLookup;
}

/** How a location (its zone mask) relates to a declared zone; see LinkStatus. */
export function linkStatusOf(mask: number, declared: ZoneId | null): LinkStatus {
  if (declared === null) return mask === 0 ? 'outside-all' : 'undeclared';
  return mask & (1 << ZONE_IDS.indexOf(declared)) ? 'consistent' : 'outside-declared';
}

/** Zone masks and link status codes of enterprises, e.g. one slice of a streamed load. */
export function linkEnterprises(
  prepared: PreparedZones,
  enterprises: readonly Enterprise[],
): { masks: Uint32Array; status: Uint8Array } {
  const coords = new Float64Array(enterprises.length * 2);
  enterprises.forEach((e, i) => {
    coords[2 * i] = e.coordinates[0];
    coords[2 * i + 1] = e.coordinates[1];
  });
  const masks = linkPoints(prepared, coords);
  return { masks, status: statusCodes(masks, enterprises) };
}

/** Zone masks and link status codes of projects (from the site polygon when there is one). */
export function linkProjects(
  prepared: PreparedZones,
  projects: readonly Project[],
): { masks: Uint32Array; status: Uint8Array } {
  const masks = Uint32Array.from(projects, (p) =>
    p.site ? zoneMaskOfGeometry(prepared, p.site) : zoneMaskOfPoint(prepared, ...p.coordinates),
  );
  return { masks, status: statusCodes(masks, projects) };
}

function statusCodes(masks: Uint32Array, records: readonly (Enterprise | Project)[]): Uint8Array {
  return Uint8Array.from(
    records,
    (r, i) => LINK_STATUS_CODE[linkStatusOf(masks[i] as number, r.declared_zone)],
  );
}

/** Links enterprises and projects to the zones. Inputs are not modified. */
export function linkDataset(
  zones: readonly ZoneFeature[],
  enterprises: readonly Enterprise[],
  projects: readonly Project[],
): LinkResult {
  const prepared = prepareZones(zones);
  const e = linkEnterprises(prepared, enterprises);
  const p = linkProjects(prepared, projects);
  return {
    enterpriseMasks: e.masks,
    projectMasks: p.masks,
    enterpriseStatus: e.status,
    projectStatus: p.status,
    ...linkLookups(enterprises, projects),
  };
}

/** Decodes a status code from LinkResult back to its LinkStatus. */
export function linkStatusAt(codes: Uint8Array, index: number): LinkStatus {
  return LINK_STATUSES[codes[index] as number] ?? 'outside-all';
}
