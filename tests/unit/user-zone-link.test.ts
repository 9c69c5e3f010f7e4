import { describe, expect, it } from 'vitest';
import { reconcileUserZones } from '../../src/data/import/reconcile-user-zones';
import { userZoneId } from '../../src/domain/user-zone';
import { decodeFilter } from '../../src/state/filter-decode';
import { encodeFilter } from '../../src/state/filter-url';
import { formatHash, parseHash } from '../../src/state/url-hash';
import { spec } from './builders/filter-world';

const a = userZoneId('lmq3x1a9');
const b = userZoneId('lzz9');

describe('user zones in the address-bar link', () => {
  it('writes them after the plan zones as u:<layer-id> and reads them back', () => {
    const s = spec({ zones: ['jiulong-park', 'xipeng-park'], userZones: [a, b] });
    const text = encodeFilter(s);
    expect(text).toBe('z:xipeng,jiulong,u:lmq3x1a9,u:lzz9');
    expect(decodeFilter(text)).toEqual({
      spec: spec({ zones: ['xipeng-park', 'jiulong-park'], userZones: [a, b] }),
      ignored: [],
    });
    expect(encodeFilter(spec({ userZones: [b] }))).toBe('z:u:lzz9');
    expect(decodeFilter('z:u:lzz9').spec).toEqual(spec({ userZones: [b] }));
    // Through the hash as the app writes it: the colon stays readable.
    const hash = formatHash({ view: null, zone: null, rest: new Map([['f', text]]) });
    expect(hash).toBe('#f=z:xipeng,jiulong,u:lmq3x1a9,u:lzz9');
    expect(decodeFilter(parseHash(hash).rest.get('f') ?? '').spec.userZones).toEqual([a, b]);
  });

  it('skips a malformed user zone code with the notice, keeping the rest', () => {
    const got = decodeFilter('z:xipeng,u:,u:a<b>,u:lzz9,u:lzz9;i:hydrogen');
    expect(got.spec.zones).toEqual(['xipeng-park']);
    expect(got.spec.userZones).toEqual([b]);
    expect(got.spec.industries).toEqual(['氢能源']);
    expect(got.ignored).toEqual(['z:u:', 'z:u:a<b>']);
  });

  it('carries the open user zone as zone=u:<layer-id>', () => {
    const parsed = parseHash('#zone=u:lzz9&lang=en');
    expect(parsed.zone).toBeNull();
    expect(parsed.userZone).toBe(b);
    expect(parsed.malformed).toEqual([]);
    expect(formatHash({ view: null, zone: null, userZone: b, rest: new Map() })).toBe(
      '#zone=u:lzz9',
    );
    expect(parseHash('#zone=u:../x').malformed).toEqual(['zone']);
    // A plan zone wins over a user zone: one zone panel at a time.
    expect(formatHash({ view: null, zone: 'xipeng-park', userZone: b, rest: new Map() })).toBe(
      '#zone=xipeng-park',
    );
  });
});

describe('a link naming a user zone this browser does not have', () => {
  it('drops it with the notice, and a removed layer silently, keeping the rest', () => {
    const have = new Set([a]);
    const seen = new Set([a, b]);
    // b was here (its layer removed): dropped without a notice.
    expect(reconcileUserZones([a, b], b, have, seen)).toEqual({
      userZones: [a],
      selected: null,
      ignored: [],
      changed: true,
    });
    // c comes from another browser's link: dropped, and named in the notice.
    const c = userZoneId('lother');
    expect(reconcileUserZones([c, a], c, have, seen)).toEqual({
      userZones: [a],
      selected: null,
      ignored: ['z:u:lother', 'zone=u:lother'],
      changed: true,
    });
    expect(reconcileUserZones([a], a, have, seen).changed).toBe(false);
  });
});
