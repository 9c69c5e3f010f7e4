import type { MultiPolygon, Polygon } from 'geojson';
import type { ZoneId } from '../../domain/zone';
import { areaKm2, roundTo } from '../../geo/area';
import { bboxOf } from '../../geo/bbox';
import type { LoadedCollection } from '../datasets';
import { layerPolygons } from './layer-polygons';
import { conversionLabel, crsLabel } from './layer-provenance';
import type { UserLayer } from './user-layer';

function zoneOverrides(layers: readonly UserLayer[]): Map<ZoneId, UserLayer> {
  const map = new Map<ZoneId, UserLayer>();
  for (const l of layers) if (l.use.kind === 'zone') map.set(l.use.zoneId, l);
  return map;
}

/** A stable key of which layer replaces which zone, for queries that depend on zone shapes. */
export function zoneOverrideKey(layers: readonly UserLayer[]): string {
  return [...zoneOverrides(layers)].map(([zone, l]) => `${zone}=${l.id}`).join(',');
}

function basis(layer: UserLayer) {
  const date = layer.importedAt.slice(0, 10);
  const conversion = conversionLabel(layer.crs);
  return {
    basis_zh: `导入的边界文件 ${layer.fileName}（${date} 导入；坐标系 ${crsLabel(layer.crs)}${conversion ? `，已转换 ${conversion}` : ''}）`,
    basis_en: `Imported boundary file ${layer.fileName} (imported ${date}; CRS ${crsLabel(layer.crs)}${conversion ? `, converted ${conversion}` : ''})`,
  };
}

/**
 * The zones collection with each zone that a user layer stands in for given that layer's
 * polygons: no longer schematic (示意范围), its area recomputed, the file named as its basis,
 * and the belt's schematic axis line dropped.
 */
export function applyZoneOverrides(
  data: LoadedCollection,
  layers: readonly UserLayer[],
): LoadedCollection {
  const overrides = zoneOverrides(layers);
  if (overrides.size === 0) return data;
  const features = data.collection.features.flatMap((f) => {
    const zone = f.properties?.zone_id as ZoneId | undefined;
    const layer = zone ? overrides.get(zone) : undefined;
    const geometry: Polygon | MultiPolygon | null = layer ? layerPolygons(layer) : null;
    if (!layer || !geometry) return [f];
    if (f.properties?.role !== 'zone') return [];
    const properties = {
      ...f.properties,
      ...basis(layer),
      area_km2: roundTo(areaKm2(geometry), 2),
      schematic: false,
      confidence: 'medium',
    };
    return [{ ...f, geometry, properties }];
  });
  const collection = { ...data.collection, features };
  return { ...data, collection, bbox: bboxOf(features.map((f) => f.geometry)) };
}
