import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../src/domain/filter';
import { decodeFilter } from '../../src/state/filter-decode';
import { encodeFilter } from '../../src/state/filter-url';
import { canonicalSpec } from './builders/filter-arbitraries';
import { spec } from './builders/filter-world';

describe('encodeFilter / decodeFilter', () => {
  it('writes nothing for the empty filter and reads nothing back', () => {
    expect(encodeFilter(spec())).toBe('');
    expect(decodeFilter('')).toEqual({ spec: EMPTY_FILTER, ignored: [] });
  });

  it('writes short readable parts, only those that differ from the default', () => {
    const text = encodeFilter(
      spec({
        zones: ['jiulong-park', 'xipeng-park'],
        industries: ['氢能源'],
        years: { min: 2015, max: null },
        includeSynthetic: false,
        shapes: [{ kind: 'circle', id: 'x', center: [106.305, 29.335], radiusKm: 2 }],
      }),
    );
    expect(text).toBe('z:xipeng,jiulong;i:hydrogen;y:2015~;syn:0;o:106.305,29.335,2');
  });

  it('round-trips canonical filters exactly', () => {
    fc.assert(
      fc.property(canonicalSpec, (s) => {
        expect(decodeFilter(encodeFilter(s))).toEqual({ spec: s, ignored: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('is stable after one round trip for any coordinates', () => {
    const anyShape = fc.record({
      kind: fc.constant('circle' as const),
      id: fc.string(),
      center: fc.tuple(fc.double({ min: -180, max: 180 }), fc.double({ min: -90, max: 90 })),
      radiusKm: fc.double({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(anyShape, { maxLength: 3 }), (shapes) => {
        const once = encodeFilter(spec({ shapes }));
        expect(encodeFilter(decodeFilter(once).spec)).toBe(once);
      }),
    );
  });

  it('keeps the good parts and lists each malformed one', () => {
    const got = decodeFilter('z:xipeng,atlantis;q:1;y:abc~;p:!!!;syn:2;i:hydrogen;nonsense');
    expect(got.spec).toEqual(spec({ zones: ['xipeng-park'], industries: ['氢能源'] }));
    expect(got.ignored).toEqual(['z:atlantis', 'q:1', 'y:abc~', 'p:!!!', 'syn:2', 'nonsense']);
  });

  it('carries record kinds under k, in domain order, and drops unknown kinds with a notice', () => {
    const kinds = spec({ orgKinds: ['university', 'platform'], industries: ['其他'] });
    expect(encodeFilter(kinds)).toBe('i:other;k:university,incubator');
    expect(decodeFilter('i:other;k:incubator,university')).toEqual({ spec: kinds, ignored: [] });
    const got = decodeFilter('k:university,spaceship;k:institute');
    expect(got.spec.orgKinds).toEqual(['university', 'research-institute']);
    expect(got.ignored).toEqual(['k:spaceship']);
  });

  it('ignores a repeated single-valued part but merges repeated lists', () => {
    const got = decodeFilter('y:2010~2012;y:1~2;z:jiulong;z:xipeng');
    expect(got.spec.years).toEqual({ min: 2010, max: 2012 });
    expect(got.spec.zones).toEqual(['xipeng-park', 'jiulong-park']);
    expect(got.ignored).toEqual(['y:1~2']);
  });

  it('rejects out-of-range coordinates and truncated rings', () => {
    const ring = encodeFilter(
      spec({
        shapes: [
          {
            kind: 'polygon',
            id: 'a',
            ring: [
              [1, 1],
              [2, 1],
              [2, 2],
            ],
          },
        ],
      }),
    );
    const got = decodeFilter(`${ring.slice(0, -1)};o:200,10,1;r:0,0,1,95;o:1,1,-2`);
    expect(got.spec.shapes).toEqual([]);
    expect(got.ignored).toHaveLength(4);
  });

  it('reads percent-encoded text', () => {
    expect(decodeFilter('z%3Axipeng%3Bi%3Ahydrogen').spec).toMatchObject({
      zones: ['xipeng-park'],
      industries: ['氢能源'],
    });
  });

  it('never throws on garbage and always returns a usable filter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { spec: s, ignored } = decodeFilter(text);
        expect(Array.isArray(s.shapes) && Array.isArray(ignored)).toBe(true);
        expect(typeof encodeFilter(s)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on damaged valid links', () => {
    const damaged = fc
      .tuple(canonicalSpec, fc.nat(), fc.string({ maxLength: 3 }))
      .map(([s, at, junk]) => {
        const text = encodeFilter(s);
        const cut = text.length === 0 ? 0 : at % text.length;
        return text.slice(0, cut) + junk + text.slice(cut + 1);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(() => decodeFilter(text)).not.toThrow();
      }),
    );
  });
});
