import 'fake-indexeddb/auto';
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { UserLayer } from '../../../src/data/import/user-layer';
import { loadUserLayers, saveUserLayer } from '../../../src/data/import/user-layer-db';
import { userZonesOf } from '../../../src/data/import/user-zones';
import { isUserZoneId } from '../../../src/domain/user-zone';
import { pointsInArea } from '../../../src/geo/points-in-area';

// A concave (L-shaped) park with a hole, so box tests alone would count wrongly.
const park: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [106.3, 29.3],
      [106.4, 29.3],
      [106.4, 29.34],
      [106.34, 29.34],
      [106.34, 29.4],
      [106.3, 29.4],
      [106.3, 29.3],
    ],
    [
      [106.31, 29.31],
      [106.31, 29.32],
      [106.32, 29.32],
      [106.32, 29.31],
      [106.31, 29.31],
    ],
  ],
};

function polygonLayer(use: UserLayer['use']): UserLayer {
  return {
    id: 'lzone1',
    name: 'park',
    colour: '#117733',
    visible: true,
    fileName: 'park.geojson',
    byteSize: 300,
    importedAt: '2026-01-01T00:00:00Z',
    format: 'geojson',
    crs: { kind: 'wgs84' },
    crsSource: 'default',
    features: [{ type: 'Feature', geometry: park, properties: {} }],
    fields: [],
    geometryTypes: ['Polygon'],
    skipped: [],
    warnings: [],
    offsetWarning: null,
    use,
  };
}

describe('user zones', () => {
  it('counts exactly the points turf finds inside, among the given indices only', () => {
    const n = 5000;
    const lng = new Float64Array(n);
    const lat = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      lng[i] = 106.28 + ((i * 7919) % 1000) / 1000 / 7;
      lat[i] = 29.28 + ((i * 104729) % 997) / 997 / 7;
    }
    const every = Uint32Array.from({ length: n }, (_, i) => i);
    const even = every.filter((i) => i % 2 === 0);
    const turfInside = (list: Uint32Array) =>
      [...list].filter((i) =>
        turf.booleanPointInPolygon([lng[i] as number, lat[i] as number], park),
      );
    const all = pointsInArea(park, lng, lat, every);
    expect([...all]).toEqual(turfInside(every));
    expect(all.length).toBeGreaterThan(100);
    expect([...pointsInArea(park, lng, lat, even)]).toEqual(turfInside(even));
  });

  it('makes a zone of a layer used as a new zone, apart from the plan zones, and keeps it', async () => {
    expect(userZonesOf([polygonLayer({ kind: 'none' })])).toEqual([]);
    const layer = polygonLayer({ kind: 'newZone', name_zh: '新园区', name_en: 'New park' });
    const [zone] = userZonesOf([layer]);
    expect(zone?.id).toBe('user:lzone1');
    expect(isUserZoneId(zone?.id)).toBe(true);
    expect(zone?.name_zh).toBe('新园区');
    expect(zone?.fileName).toBe('park.geojson');
    expect(zone?.area_km2).toBeCloseTo(turf.area(park) / 1e6, 1);
    await saveUserLayer(layer);
    const [stored] = await loadUserLayers();
    expect(userZonesOf(stored ? [stored] : [])).toEqual([zone]);
  });
});
