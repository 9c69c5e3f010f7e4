import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import {
  checkCustomUrl,
  decodeBasemap,
  encodeBasemap,
  parseTileOrigins,
} from '../../src/domain/basemap';
import { collectionForDisplay, columnsForDisplay } from '../../src/geo/display-shift';
import { BASEMAP_ORIGINS, customTileOrigins } from '../../src/map/basemap-origins';

const PAGE = 'https://map.example.gov.cn';

describe('custom tile URLs and the CSP origin rule', () => {
  it('allows same origin, loopback and build-time origins; refuses the rest', () => {
    const extra = ['https://tiles.example.cn'];
    expect(checkCustomUrl('/tiles/{z}/{x}/{y}.png', PAGE, extra)).toBeNull();
    expect(checkCustomUrl('http://127.0.0.1:8080/{z}/{x}/{y}.png', PAGE, extra)).toBeNull();
    expect(checkCustomUrl('http://localhost:9000/{z}/{x}/{-y}.png', PAGE, extra)).toBeNull();
    expect(checkCustomUrl('https://tiles.example.cn/{z}/{x}/{y}.png', PAGE, extra)).toBeNull();
    expect(checkCustomUrl('https://evil.example.com/{z}/{x}/{y}.png', PAGE, extra)).toBe('origin');
    // https on loopback is not in the CSP's http://127.0.0.1:* source.
    expect(checkCustomUrl('https://127.0.0.1/{z}/{x}/{y}.png', PAGE, extra)).toBe('origin');
    expect(checkCustomUrl('http://127.0.0.1/{z}/{x}.png', PAGE, extra)).toBe('placeholders');
    expect(checkCustomUrl('ftp://127.0.0.1/{z}/{x}/{y}', PAGE, extra)).toBe('syntax');
  });

  it('reads VITE_TILE_ORIGINS as bare origins only', () => {
    expect(parseTileOrigins('https://a.cn, http://b.cn:8080/  https://c.cn/path junk')).toEqual([
      'https://a.cn',
      'http://b.cn:8080',
    ]);
    expect(customTileOrigins(undefined)).toEqual(['http://127.0.0.1:*', 'http://localhost:*']);
  });

  it('lists the 8 Tianditu hosts, OSM and OpenFreeMap for the CSP', () => {
    expect(BASEMAP_ORIGINS).toEqual([
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `https://t${i}.tianditu.gov.cn`),
      'https://tile.openstreetmap.org',
      'https://tiles.openfreemap.org',
    ]);
  });
});

describe('the basemap in a shared link', () => {
  it('round-trips built-in and custom choices', () => {
    const osm = encodeBasemap('osm', null);
    expect(decodeBasemap(osm)).toEqual({ id: 'osm', custom: null });
    const custom = { url: 'http://127.0.0.1:1/{z}/{x}/{y}.png', crs: 'GCJ-02' as const };
    expect(decodeBasemap(encodeBasemap('custom', custom))).toEqual({ id: 'custom', custom });
    expect(encodeBasemap('offline', null).get('bm')).toBe('');
    expect(decodeBasemap(new Map([['bm', 'nonsense']]))).toBeNull();
    expect(decodeBasemap(new Map([['bm', 'custom']]))).toBeNull();
  });
});

describe('display shift for GCJ-02 basemaps', () => {
  const at: [number, number] = [106.5285, 29.486];
  const fc = {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        properties: {},
        geometry: { type: 'Point' as const, coordinates: at },
      },
    ],
  };

  it('leaves WGS-84 untouched and moves every position for GCJ-02', () => {
    expect(collectionForDisplay(fc, 'WGS-84')).toBe(fc);
    const shifted = collectionForDisplay(fc, 'GCJ-02');
    const expected = gcoord.transform(at, gcoord.WGS84, gcoord.GCJ02);
    expect(shifted.features[0]?.geometry).toEqual({ type: 'Point', coordinates: expected });
    // The input, used for counts and exports, is not modified.
    expect(fc.features[0]?.geometry.coordinates).toEqual([106.5285, 29.486]);
  });

  it('shifts only the requested point columns', () => {
    const cols = { lng: new Float64Array([at[0], 106.3]), lat: new Float64Array([at[1], 29.4]) };
    const out = columnsForDisplay(cols, new Uint32Array([0]), 'GCJ-02');
    const expected = gcoord.transform(at, gcoord.WGS84, gcoord.GCJ02);
    expect([out.lng[0], out.lat[0]]).toEqual(expected);
    expect(cols.lng[0]).toBe(at[0]);
  });
});
