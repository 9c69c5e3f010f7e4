import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterSummary } from '../../src/state/filter-summary';
import { canonicalSpec } from './builders/filter-arbitraries';
import { spec } from './builders/filter-world';

describe('filterSummary', () => {
  const hydrogen = () =>
    spec({
      industries: ['氢能源'],
      zones: ['xipeng-park'],
      shapes: [
        { kind: 'circle', id: 'a', center: [106.3, 29.3], radiusKm: 1 },
        { kind: 'rectangle', id: 'b', bbox: [106.3, 29.3, 106.4, 29.4] },
      ],
    });

  it('names a filter in English and in pinyin', () => {
    expect(filterSummary(hydrogen(), 'en')).toBe('hydrogen-xipeng-2shapes');
    expect(filterSummary(hydrogen(), 'zh')).toBe('qingneng-xipeng-2quyu');
    expect(filterSummary(spec(), 'en')).toBe('all');
  });

  it('names record kinds', () => {
    const uni = spec({ orgKinds: ['university'], zones: ['jiulong-peninsula-belt'] });
    expect(filterSummary(uni, 'en')).toBe('university-peninsula');
    expect(filterSummary(uni, 'zh')).toBe('gaoxiao-bandao');
    expect(filterSummary(spec({ orgKinds: ['enterprise', 'platform', 'university'] }), 'en')).toBe(
      '3kinds',
    );
  });

  it('stays short and ASCII-safe for any filter', () => {
    fc.assert(
      fc.property(canonicalSpec, fc.constantFrom('zh' as const, 'en' as const), (s, lang) => {
        expect(filterSummary(s, lang)).toMatch(/^[a-z0-9-]{1,80}$/);
      }),
    );
  });
});
