import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../src/domain/filter';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter } from '../../src/geo/filter-engine';
import { orgKindCounts } from '../../src/geo/kind-counts';
import { company, spec, world } from './builders/filter-world';

const P: LngLat = [106.5, 29.5];

describe('orgKindCounts', () => {
  const w = world([
    { record: company('a', P, { org_kind: 'enterprise', industry: '新材料' }) },
    { record: company('b', P, { org_kind: 'enterprise', industry: '氢能源' }) },
    { record: company('u', P, { org_kind: 'university', industry: '其他' }) },
    { record: company('r', P, { org_kind: 'research-institute', industry: '新材料' }) },
  ]);
  const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
  const counts = (over: Parameters<typeof spec>[0]) => {
    const s = spec(over);
    return orgKindCounts(index, s, applyFilter(index, s));
  };

  it('counts each kind under the other criteria, ignoring the chosen kinds', () => {
    const all = { enterprise: 2, university: 1, 'research-institute': 1, platform: 0 };
    expect(counts({})).toEqual(all);
    expect(counts({ orgKinds: ['university'] })).toEqual(all);
    expect(counts({ industries: ['新材料'], orgKinds: ['university'] })).toEqual({
      enterprise: 1,
      university: 0,
      'research-institute': 1,
      platform: 0,
    });
  });
});
