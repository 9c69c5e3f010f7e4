import { describe, expect, it } from 'vitest';
import { formatHash, formatView, parseHash } from '../../src/state/url-hash';

describe('URL hash', () => {
  it('reads MapLibre-style map=zoom/lat/lng and a zone id', () => {
    const s = parseHash('#map=12.5/29.5035/106.51&zone=yangjiaping-belt');
    expect(s.view).toEqual({ zoom: 12.5, lat: 29.5035, lng: 106.51, bearing: 0, pitch: 0 });
    expect(s.zone).toBe('yangjiaping-belt');
    expect(s.malformed).toEqual([]);
  });

  it('reads optional bearing and pitch', () => {
    expect(parseHash('#map=10/29.4/106.4/15/30').view).toEqual({
      zoom: 10,
      lat: 29.4,
      lng: 106.4,
      bearing: 15,
      pitch: 30,
    });
  });

  it.each([
    'map=abc/29/106',
    'map=12/29',
    'map=12/95/106',
    'map=12/29/200',
    'map=12//106',
    'map=1/2/3/4/5/6',
  ])('drops a malformed view (%s) and reports it', (raw) => {
    const s = parseHash(`#${raw}`);
    expect(s.view).toBeNull();
    expect(s.malformed).toEqual(['map']);
  });

  it('drops an unknown zone id', () => {
    const s = parseHash('#zone=%3Cscript%3E');
    expect(s.zone).toBeNull();
    expect(s.malformed).toEqual(['zone']);
  });

  it('keeps other parameters for their owners', () => {
    expect(parseHash('#zone=xipeng-park&f=i:3').rest.get('f')).toBe('i:3');
  });

  it('round-trips view, zone and other parameters', () => {
    const state = parseHash('#map=13.25/29.48912/106.53601&zone=jiulong-peninsula-belt&f=i:3,5');
    const again = parseHash(formatHash(state));
    expect(again.view).toEqual(state.view);
    expect(again.zone).toBe(state.zone);
    expect(again.rest.get('f')).toBe('i:3,5');
  });

  it('writes more decimals at higher zoom, like MapLibre', () => {
    const view = { lat: 29.123456789, lng: 106.123456789, bearing: 0, pitch: 0 };
    expect(formatView({ ...view, zoom: 8 })).toBe('8/29.123/106.123');
    expect(formatView({ ...view, zoom: 16 })).toBe('16/29.123457/106.123457');
  });

  it('writes an empty hash for an empty state', () => {
    expect(formatHash({ view: null, zone: null, rest: new Map() })).toBe('');
  });
});
