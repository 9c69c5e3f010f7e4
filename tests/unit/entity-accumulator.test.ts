import { describe, expect, it } from 'vitest';
import { EntityAccumulator } from '../../src/data/entity-accumulator';
import { StringPool } from '../../src/data/intern-records';
import type { Enterprise } from '../../src/domain/entity';

function enterprise(id: string): Enterprise {
  return {
    kind: 'enterprise',
    id,
    org_kind: 'enterprise',
    name_zh: `企业${id}`,
    name_en: null,
    industry: '氢能源',
    categories: ['科技型企业', '高新技术企业'],
    founded: 2020,
    employees: 3,
    address: null,
    // Fresh copies, as structured cloning makes them.
    town_code: ['500107', '005'].join(''),
    declared_zone: null,
    accuracy: 'street',
    synthetic: true,
    source: ['synthetic', '(seed 1)'].join(' '),
    coordinates: [106.4, 29.4],
  };
}

const chunk = (ids: string[], read: number) => ({
  records: ids.map(enterprise),
  masks: new Uint32Array(ids.length).fill(1),
  status: new Uint8Array(ids.length),
  skipped: [],
  read,
  total: 5,
  provenance: null,
});

describe('gathering a streamed load', () => {
  it('snapshots what has arrived, and later chunks never grow an earlier snapshot', () => {
    const g = new EntityAccumulator();
    g.chunk(chunk(['a', 'b'], 2));
    const first = g.snapshot();
    g.chunk(chunk(['c', 'd', 'e'], 5));
    g.end({ provenance: null, failed: null });
    const last = g.snapshot();
    expect(first.enterprises.map((e) => e.id)).toEqual(['a', 'b']);
    expect(first.masks.enterpriseMasks).toHaveLength(2);
    expect(last.enterprises.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(Array.from(last.masks.enterpriseMasks)).toEqual([1, 1, 1, 1, 1]);
    expect(g.progress).toEqual({ read: 5, total: 5, done: true });
  });

  it('drops every streamed enterprise when the file failed midway', () => {
    const g = new EntityAccumulator();
    g.chunk(chunk(['a', 'b'], 2));
    g.end({ provenance: null, failed: { code: 'bad-manifest', status: null } });
    const got = g.snapshot();
    expect(got.enterprises).toEqual([]);
    expect(got.masks.enterpriseMasks).toHaveLength(0);
    expect(got.failed.enterprises?.code).toBe('bad-manifest');
  });

  it('shares repeated strings and category lists, and keeps every value', () => {
    const pool = new StringPool();
    const records = [enterprise('a'), enterprise('b')];
    const copy = structuredClone(records);
    pool.enterprises(records);
    expect(records).toEqual(copy);
    const [a, b] = records as [Enterprise, Enterprise];
    expect(a.categories).toBe(b.categories);
    expect(Object.isFrozen(a.categories)).toBe(true);
  });
});
