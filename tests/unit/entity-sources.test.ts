import { describe, expect, it } from 'vitest';
import { entitySources } from '../../src/data/entities';

const ORIGIN = 'http://127.0.0.1:4173';

describe('entitySources', () => {
  it('uses the embedded files by default', () => {
    const s = entitySources('', ORIGIN);
    expect(s.enterprises).toMatch(/enterprises.*\.geojson/);
    expect(s.projects).toMatch(/projects.*\.geojson/);
  });

  it('accepts same-origin paths from the query string', () => {
    const s = entitySources('?enterprises=/bench/big.geojson&projects=data/p.geojson', ORIGIN);
    expect(s.enterprises).toBe('/bench/big.geojson');
    expect(s.projects).toBe('/data/p.geojson');
  });

  it('refuses other origins, so a link cannot make the app fetch from elsewhere', () => {
    const fallback = entitySources('', ORIGIN);
    const s = entitySources(
      '?enterprises=https://evil.example/x.geojson&projects=//evil.example/y',
      ORIGIN,
    );
    expect(s).toEqual(fallback);
  });
});
