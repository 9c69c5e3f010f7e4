import {
  area,
  bboxPolygon,
  booleanPointInPolygon,
  distance,
  feature,
  featureCollection,
  intersect,
  point,
  polygon,
} from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import type { Enterprise, LinkStatus, Project } from '../domain/entity';
import { LINK_STATUSES } from '../domain/entity';
import type { DrawnShape, FilterSpec, LngLat, NumRange } from '../domain/filter';
import type { UserZoneId } from '../domain/user-zone';
import { ZONE_IDS } from '../domain/zone';
import type { LinkColumns } from './entity-index';
import { MIN_OVERLAP_M2 } from './site-in-zone';

/** A user zone as the reference sees it: only its polygons, no prepared index. */
export interface ReferenceUserZone {
  id: UserZoneId;
  geometry: MultiPolygon;
}

/**
 * A deliberately naive FilterSpec implementation: one loop over the record objects, turf for
 * every shape test, no index, no cache. Property tests and benchmarks compare the engine with
 * it; the app never calls it. Returns the matching indices in ascending order.
 */
export interface ReferenceResult {
  enterprises: number[];
  projects: number[];
}

function isNum(v: number | null): v is number {
  return v !== null && !Number.isNaN(v);
}

function inRange(value: number | null, range: NumRange): boolean {
  if (!isNum(range.min) && !isNum(range.max)) return true;
  if (value === null) return false;
  return (!isNum(range.min) || value >= range.min) && (!isNum(range.max) || value <= range.max);
}

function finite(...values: number[]): boolean {
  return values.every((v) => Number.isFinite(v));
}

type PointTest = (p: LngLat) => boolean;

const NOTHING: PointTest = () => false;

/** A turf test for one shape; turf objects are built once per call, not once per record. */
function shapeTest(shape: DrawnShape): PointTest {
  if (shape.kind === 'circle') {
    const { center, radiusKm } = shape;
    if (!finite(...center, radiusKm) || radiusKm < 0) return NOTHING;
    const c = point(center);
    return (p) => distance(c, p, { units: 'kilometers' }) <= radiusKm;
  }
  if (shape.kind === 'rectangle') {
    if (!finite(...shape.bbox)) return NOTHING;
    const [a, b, c, d] = shape.bbox;
    const box = bboxPolygon([Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]);
    return (p) => booleanPointInPolygon(p, box);
  }
  if (!finite(...shape.ring.flat())) return NOTHING;
  const ring = [...shape.ring];
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
  if (ring.length < 3 || first === undefined) return NOTHING;
  const poly = polygon([[...ring, first]]);
  return (p) => booleanPointInPolygon(p, poly);
}

interface Common {
  coordinates: LngLat;
  synthetic: boolean;
  mask: number;
  /** Ids of the user zones the record lies in (tested with turf here, not taken from a link). */
  userZones: readonly UserZoneId[];
  link: LinkStatus;
  year: number | null;
}

function passesCommon(r: Common, spec: FilterSpec, shapes: readonly PointTest[]): boolean {
  const zoneOk =
    spec.zones.some((z) => (r.mask >>> ZONE_IDS.indexOf(z)) & 1) ||
    spec.userZones.some((z) => r.userZones.includes(z));
  if (spec.zones.length + spec.userZones.length > 0 && !zoneOk) return false;
  if (spec.linkStatuses.length > 0 && !spec.linkStatuses.includes(r.link)) return false;
  if (!spec.includeSynthetic && r.synthetic) return false;
  if (!inRange(r.year, spec.years)) return false;
  if (shapes.length > 0 && !shapes.some((test) => test(r.coordinates))) return false;
  if (spec.inView !== null) {
    const [w, s, e, n] = spec.inView;
    const [x, y] = r.coordinates;
    if (!(x >= w && x <= e && y >= s && y <= n)) return false;
  }
  return true;
}

function passesEnterprise(e: Enterprise, spec: FilterSpec): boolean {
  if (spec.industries.length > 0 && !spec.industries.includes(e.industry)) return false;
  if (spec.categories.length > 0 && !spec.categories.some((c) => e.categories.includes(c))) {
    return false;
  }
  if (spec.orgKinds.length > 0 && !spec.orgKinds.includes(e.org_kind)) return false;
  return true;
}

function passesProject(p: Project, spec: FilterSpec): boolean {
  if (spec.projectTypes.length > 0 && !spec.projectTypes.includes(p.type)) return false;
  if (spec.projectStatuses.length > 0 && !spec.projectStatuses.includes(p.status)) return false;
  return inRange(p.investment_yi, spec.investment);
}

function linkOf(status: Uint8Array, i: number): LinkStatus {
  return LINK_STATUSES[status[i] ?? 0] ?? 'outside-all';
}

/** A point in a zone or on its boundary; a site when it overlaps by MIN_OVERLAP_M2 or more. */
function userZonesOf(zones: readonly ReferenceUserZone[], at: LngLat, site?: Project['site']) {
  return zones
    .filter((z) => {
      if (!site) return booleanPointInPolygon(at, z.geometry);
      const overlap = intersect(featureCollection([feature(site), feature(z.geometry)]));
      return overlap !== null && area(overlap) >= MIN_OVERLAP_M2;
    })
    .map((z) => z.id);
}

export function filterReference(
  enterprises: readonly Enterprise[],
  projects: readonly Project[],
  link: LinkColumns,
  spec: FilterSpec,
  userZones: readonly ReferenceUserZone[] = [],
): ReferenceResult {
  const out: ReferenceResult = { enterprises: [], projects: [] };
  const shapes = spec.shapes.map(shapeTest);
  enterprises.forEach((e, i) => {
    const common: Common = {
      coordinates: e.coordinates,
      synthetic: e.synthetic,
      mask: link.enterpriseMasks[i] ?? 0,
      userZones: userZonesOf(userZones, e.coordinates),
      link: linkOf(link.enterpriseStatus, i),
      year: e.founded,
    };
    if (passesCommon(common, spec, shapes) && passesEnterprise(e, spec)) out.enterprises.push(i);
  });
  projects.forEach((p, i) => {
    const common: Common = {
      coordinates: p.coordinates,
      synthetic: p.synthetic,
      mask: link.projectMasks[i] ?? 0,
      userZones: userZonesOf(userZones, p.coordinates, p.site),
      link: linkOf(link.projectStatus, i),
      year: p.start_year,
    };
    if (passesCommon(common, spec, shapes) && passesProject(p, spec)) out.projects.push(i);
  });
  return out;
}
