import type { Category, Industry, LinkStatus, OrgKind, ProjectStatus, ProjectType } from './entity';
import type { UserZoneId } from './user-zone';
import type { ZoneId } from './zone';

/** [lng, lat] in WGS-84 degrees. */
export type LngLat = [number, number];

/** A shape the user drew or picked on the map; several combine as a union. */
export type DrawnShape =
  | { kind: 'polygon'; id: string; ring: LngLat[] }
  | { kind: 'rectangle'; id: string; bbox: [number, number, number, number] }
  | { kind: 'circle'; id: string; center: LngLat; radiusKm: number };

/** An inclusive numeric range; either end may be open (null). */
export interface NumRange {
  min: number | null;
  max: number | null;
}

/**
 * Everything the user filters by. Empty lists and open ranges mean "no restriction".
 * Each dataset is filtered by the criteria that describe it: industries, categories and
 * record kinds (org_kind: firm, university, institute, platform) apply to enterprises only; project types, statuses and investment to projects only; zones, link
 * status, synthetic, shapes and view to both. `years` is the founding year of an enterprise
 * and the start year of a project. A record whose value is unknown (null) fails a set range.
 * `zones` and `userZones` are one criterion: a record passes it when it lies in any chosen plan
 * zone or any chosen user zone (a zone added from an imported polygon layer); a user zone the
 * index has no membership for matches nothing.
 */
export interface FilterSpec {
  zones: ZoneId[];
  /** Zones users added from polygon layers (`user:<layer-id>`), ORed with `zones`. */
  userZones: UserZoneId[];
  industries: Industry[];
  categories: Category[];
  /** Kinds of organisation (Enterprise.org_kind); enterprises only. */
  orgKinds: OrgKind[];
  projectTypes: ProjectType[];
  projectStatuses: ProjectStatus[];
  investment: NumRange;
  years: NumRange;
  linkStatuses: LinkStatus[];
  includeSynthetic: boolean;
  shapes: DrawnShape[];
  /** Only what is in view: [west, south, east, north], or null. */
  inView: [number, number, number, number] | null;
}

export const EMPTY_FILTER: FilterSpec = {
  zones: [],
  userZones: [],
  industries: [],
  categories: [],
  orgKinds: [],
  projectTypes: [],
  projectStatuses: [],
  investment: { min: null, max: null },
  years: { min: null, max: null },
  linkStatuses: [],
  includeSynthetic: true,
  shapes: [],
  inView: null,
};
