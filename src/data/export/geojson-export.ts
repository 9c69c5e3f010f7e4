import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Enterprise, LinkStatus, Project } from '../../domain/entity';
import type { FilterSpec } from '../../domain/filter';
import type { Provenance } from '../../domain/provenance';
import type { ZoneId } from '../../domain/zone';
import { linkStatusAt } from '../../geo/link';
import { translate } from '../../i18n/translate';
import { plainEnterprise } from '../plain-enterprise';
import { type ExportContext, userZoneNamesAt } from './entity-rows';
import { linkStatusLabel, zonesOfMask } from './labels';

/** What every exported feature carries beyond its record's own attributes. */
export interface LinkAttributes {
  /** Zones the record lies in (a project with a site: zones its site meets). */
  zones: ZoneId[];
  zone_names: string[];
  /** Names of the zones users added that the record lies in (only when there are such zones). */
  user_zone_names?: string[];
  link_status: LinkStatus;
  link_status_label: string;
  /** The representative point, WGS-84 degrees, also for a project drawn as its site. */
  lng: number;
  lat: number;
}

export type EnterpriseProperties = Omit<Enterprise, 'coordinates'> & LinkAttributes;
export type ProjectProperties = Omit<Project, 'coordinates' | 'site'> & LinkAttributes;
export type ExportFeature = Feature<
  Point | Polygon | MultiPolygon,
  EnterpriseProperties | ProjectProperties
>;

/** The export's own provenance: what was exported, when, under which filter, from what. */
export interface ExportProvenance {
  generator: string;
  /** ISO 8601 instant of the export. */
  exported_at: string;
  crs: 'WGS-84';
  /** The filter exactly as applied, so the selection can be redone. */
  filter: FilterSpec;
  filter_summary: string;
  counts: { enterprises: number; projects: number };
  /** true when any exported record is synthetic (模拟数据). */
  synthetic: boolean;
  note_zh: string;
  note_en: string;
  /** The provenance of the source files the records come from. */
  sources: { enterprises: Provenance | null; projects: Provenance | null };
}

/** A FeatureCollection with the foreign member `provenance` (RFC 7946 §6.1). */
export interface EntityExportCollection {
  type: 'FeatureCollection';
  provenance: ExportProvenance;
  features: ExportFeature[];
}

export interface GeoJsonExportInput {
  enterprises: readonly Enterprise[];
  projects: readonly Project[];
  /** Positions in `enterprises` / `projects` to export, e.g. a filter result's indices. */
  enterpriseIndices: ArrayLike<number>;
  projectIndices: ArrayLike<number>;
  ctx: ExportContext;
  filter: FilterSpec;
  filterSummary: string;
  sources: { enterprises: Provenance | null; projects: Provenance | null };
  exportedAt: Date;
}

export const EXPORT_GENERATOR = 'jiulongpo-liangyuan-liangdai-map';

function linkAttributes(
  ctx: ExportContext,
  coordinates: [number, number],
  mask: number,
  status: LinkStatus,
  user: string[],
): LinkAttributes {
  const zones = zonesOfMask(mask);
  return {
    zones,
    zone_names: zones.map((z) => ctx.zoneNames[z]),
    ...(ctx.userZones?.length ? { user_zone_names: user } : {}),
    link_status: status,
    link_status_label: linkStatusLabel(status, ctx.lang),
    lng: coordinates[0],
    lat: coordinates[1],
  };
}

function enterpriseFeature(e: Enterprise, i: number, ctx: ExportContext): ExportFeature {
  // A plain copy: a record read from packed columns keeps its fields in getters, which `...`
  // does not see (enterprise-view.ts).
  const { coordinates, ...attributes } = plainEnterprise(e);
  const mask = ctx.link.enterpriseMasks[i] ?? 0;
  const status = linkStatusAt(ctx.link.enterpriseStatus, i);
  return {
    type: 'Feature',
    id: e.id,
    geometry: { type: 'Point', coordinates: [...coordinates] },
    properties: {
      ...attributes,
      ...linkAttributes(ctx, coordinates, mask, status, userZoneNamesAt(ctx, 'enterprises', i)),
    },
  };
}

// A project with a site is exported as its site, the shape a GIS user wants to overlay; its
// representative point stays in lng/lat.
function projectFeature(p: Project, i: number, ctx: ExportContext): ExportFeature {
  const { coordinates, site, ...attributes } = p;
  const mask = ctx.link.projectMasks[i] ?? 0;
  const status = linkStatusAt(ctx.link.projectStatus, i);
  return {
    type: 'Feature',
    id: p.id,
    geometry: site ? structuredClone(site) : { type: 'Point', coordinates: [...coordinates] },
    properties: {
      ...attributes,
      ...linkAttributes(ctx, coordinates, mask, status, userZoneNamesAt(ctx, 'projects', i)),
    },
  };
}

function pickAll<T>(records: readonly T[], indices: ArrayLike<number>): [T, number][] {
  const out: [T, number][] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    const record = records[i];
    if (record !== undefined) out.push([record, i]);
  }
  return out;
}

/**
 * The chosen enterprises and projects (enterprises first, each in index order) as one
 * FeatureCollection in WGS-84 [lng, lat], with every attribute, the zones each lies in, its
 * link status and synthetic flag, and a `provenance` member describing the export.
 */
export function entityFeatureCollection(input: GeoJsonExportInput): EntityExportCollection {
  const { ctx } = input;
  const enterprises = pickAll(input.enterprises, input.enterpriseIndices);
  const projects = pickAll(input.projects, input.projectIndices);
  const features = [
    ...enterprises.map(([e, i]) => enterpriseFeature(e, i, ctx)),
    ...projects.map(([p, i]) => projectFeature(p, i, ctx)),
  ];
  const provenance: ExportProvenance = {
    generator: EXPORT_GENERATOR,
    exported_at: input.exportedAt.toISOString(),
    crs: 'WGS-84',
    filter: structuredClone(input.filter),
    filter_summary: input.filterSummary,
    counts: { enterprises: enterprises.length, projects: projects.length },
    synthetic: features.some((f) => f.properties.synthetic),
    note_zh: translate('zh', 'export.geojsonNote'),
    note_en: translate('en', 'export.geojsonNote'),
    sources: input.sources,
  };
  return { type: 'FeatureCollection', provenance, features };
}
