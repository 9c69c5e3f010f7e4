import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { UserZoneId } from '../domain/user-zone';
import { ZONE_IDS, type ZoneFeature, type ZoneId } from '../domain/zone';
import { pointInParts } from './point-in-part';
import { type Box, type PreparedPart, preparePart } from './prepared-part';
import { buildZoneGrid, type ZoneGrid } from './zone-grid';

export interface PreparedZone extends Box {
  id: ZoneId | UserZoneId;
  /** 1 << (index of id in ZONE_IDS); 1 for a user zone prepared alone (prepareUserZone). */
  bit: number;
  parts: PreparedPart[];
  /** The source geometry (WGS-84 [lng, lat]), for the polygon-overlap test. */
  geometry: Polygon | MultiPolygon;
  /** Cells known inside or outside, so most points need no edge test. */
  grid: ZoneGrid;
}

export interface PreparedZones {
  /** The zones present, in ZONE_IDS order. */
  zones: readonly PreparedZone[];
}

/**
 * Prepares zone areas for zoneMaskOfPoint / linkPoints / zoneMaskOfGeometry. Features that are
 * not role "zone" polygons (e.g. belt axes) are ignored; several features of one zone merge.
 * Bit i of every mask is ZONE_IDS[i], whichever zones are present.
 */
export function prepareZones(zones: readonly ZoneFeature[]): PreparedZones {
  const polygonsById = new Map<ZoneId, Position[][][]>();
  for (const f of zones) {
    const g = f.geometry;
    if (f.properties?.role !== 'zone' || !g) continue;
    const polys =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const list = polygonsById.get(f.properties.zone_id) ?? [];
    list.push(...polys);
    polygonsById.set(f.properties.zone_id, list);
  }
  const prepared: PreparedZone[] = [];
  ZONE_IDS.forEach((id, index) => {
    const polys = polygonsById.get(id);
    if (!polys || polys.length === 0) return;
    prepared.push(prepareArea(id, 1 << index, polys));
  });
  return { zones: prepared };
}

function prepareArea(id: PreparedZone['id'], bit: number, polys: Position[][][]): PreparedZone {
  const parts = polys.map(preparePart);
  const geometry: Polygon | MultiPolygon =
    polys.length === 1 && polys[0]
      ? { type: 'Polygon', coordinates: polys[0] }
      : { type: 'MultiPolygon', coordinates: polys };
  const box = unionBox(parts);
  const grid = buildZoneGrid(box, parts, (x, y) => pointInParts(parts, x, y));
  return { id, bit, parts, geometry, grid, ...box };
}

/**
 * One user zone prepared like a plan zone, alone, with bit 1: the same point and site tests
 * (and boundary rules) then link records to it. Empty when it has no polygon.
 */
export function prepareUserZone(id: UserZoneId, geometry: MultiPolygon): PreparedZones {
  const polys = geometry.coordinates.filter((p) => p.length > 0);
  return { zones: polys.length > 0 ? [prepareArea(id, 1, polys)] : [] };
}

function unionBox(boxes: readonly Box[]): Box {
  return {
    minX: Math.min(...boxes.map((b) => b.minX)),
    minY: Math.min(...boxes.map((b) => b.minY)),
    maxX: Math.max(...boxes.map((b) => b.maxX)),
    maxY: Math.max(...boxes.map((b) => b.maxY)),
  };
}
