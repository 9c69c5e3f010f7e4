import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLabels } from '../../src/geo/build-labels';

const read = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../data/geojson/${name}.geojson`), 'utf8'));
const EMPTY = { type: 'FeatureCollection' as const, features: [] };

describe('map labels', () => {
  it('name the four zones first, then the district and its neighbours and river', () => {
    const labels = buildLabels(read('district'), read('context'), read('zones')).features;
    const roles = labels.map((f) => f.properties.role);
    expect(roles.slice(0, 4)).toEqual(['zone', 'zone', 'zone', 'zone']);
    expect(roles.filter((r) => r === 'district')).toHaveLength(1);
    expect(roles).toContain('river');
    expect(labels.find((f) => f.properties.name_zh === '西彭科技创新园')?.properties.rank).toBe(0);
  });

  it('as the datasets arrive one by one, keeps what was placed and equals a fresh build', () => {
    const [district, context, zones] = [read('district'), read('context'), read('zones')];
    const first = buildLabels(EMPTY, context, EMPTY).features;
    const later = buildLabels(district, context, zones).features;
    // The neighbours' anchors are the very ones placed before, not placed again.
    for (const f of first) expect(later).toContain(f);
    const fresh = buildLabels(read('district'), read('context'), read('zones')).features;
    expect(later).toEqual(fresh);
  });
});
