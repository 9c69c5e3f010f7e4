import type { MultiPolygon } from 'geojson';
import type { Enterprise, Project } from '../domain/entity';
import type { UserZoneId } from '../domain/user-zone';
import { type Bitset, emptyBitset, setBit } from './bitset';
import { linkEnterprises, linkProjects } from './link';
import { prepareUserZone } from './prepared-zones';
import type { UserZoneBits } from './user-zone-bits';

function bitsOf(masks: Uint32Array): Bitset {
  const bits = emptyBitset(masks.length);
  for (let i = 0; i < masks.length; i++) if (masks[i] !== 0) setBit(bits, i);
  return bits;
}

/**
 * Links the records to one user zone, once, with the plan zones' own code (geo/link): an
 * enterprise by its point (the boundary counts as inside), a project by its site polygon when
 * it has one (positive-area overlap), else by its point.
 */
export function linkUserZone(
  id: UserZoneId,
  geometry: MultiPolygon,
  enterprises: readonly Enterprise[],
  projects: readonly Project[],
): UserZoneBits {
  const prepared = prepareUserZone(id, geometry);
  return {
    enterprises: bitsOf(linkEnterprises(prepared, enterprises).masks),
    projects: bitsOf(linkProjects(prepared, projects).masks),
  };
}
