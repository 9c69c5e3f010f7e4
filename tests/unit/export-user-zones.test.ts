import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { enterpriseTable } from '../../src/data/export/entity-rows';
import { entityFeatureCollection } from '../../src/data/export/geojson-export';
import { userZoneId } from '../../src/domain/user-zone';
import { linkUserZone } from '../../src/geo/user-zone-link';
import { exportContext, XIPENG } from './builders/export-world';
import { company, spec, world } from './builders/filter-world';
import { rectRing } from './builders/zones';

// A user zone over the first two records only; the third lies outside it.
const area: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [[rectRing(106.3, 29.3, 106.45, 29.45)]],
};

function sample() {
  const w = world([
    { record: company('e1', [106.4, 29.4]), mask: XIPENG },
    { record: company('e2', [106.35, 29.35]) },
    { record: company('e3', [106.6, 29.6]), mask: XIPENG },
  ]);
  const bits = linkUserZone(userZoneId('lpark'), area, w.enterprises, []);
  const ctx = { ...exportContext(w, 'zh'), userZones: [{ name: '我的园区', bits }] };
  return { w, ctx };
}

describe('exports name the zones users added', () => {
  it('lists a user zone after the plan zones in the CSV zone column', () => {
    const { w, ctx } = sample();
    const table = enterpriseTable(w.enterprises, [0, 1, 2], ctx);
    const col = table.header.indexOf('所在区域');
    expect(col).toBeGreaterThanOrEqual(0);
    expect(table.rows.map((r) => r[col])).toEqual(['西彭园区、我的园区', '我的园区', '西彭园区']);
  });

  it('adds user_zone_names to GeoJSON features, beside the plan zone ids and names', () => {
    const { w, ctx } = sample();
    const out = entityFeatureCollection({
      enterprises: w.enterprises,
      projects: [],
      enterpriseIndices: [0, 2],
      projectIndices: [],
      ctx,
      filter: spec(),
      filterSummary: 'all',
      sources: { enterprises: null, projects: null },
      exportedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(out.features.map((f) => f.properties.user_zone_names)).toEqual([['我的园区'], []]);
    expect(out.features.map((f) => f.properties.zones)).toEqual([['xipeng-park'], ['xipeng-park']]);
  });
});
