import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIdIndex } from '../../src/geo/id-index';

describe('the id index', () => {
  it('answers every lookup as a Map built in the same order would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }),
        (ids, probes) => {
          const records = ids.map((id) => ({ id }));
          const index = buildIdIndex(records);
          const map = new Map(ids.map((id, i) => [id, i]));
          for (const id of [...ids, ...probes]) expect(index.get(id)).toBe(map.get(id));
        },
      ),
    );
  });

  it('finds every one of 100,000 generated ids', () => {
    const records = Array.from({ length: 100_000 }, (_, i) => ({
      id: `syn-e-${String(i).padStart(6, '0')}`,
    }));
    const index = buildIdIndex(records);
    for (let i = 0; i < records.length; i += 997) expect(index.get(records[i]?.id ?? '')).toBe(i);
    expect(index.get('syn-e-100000')).toBeUndefined();
  });
});
