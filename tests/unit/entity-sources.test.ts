import { describe, expect, it } from 'vitest';
import { checkFetchable, resolveDatasetLink } from '../../src/data/dataset-link';
import { datasetLinks, entitySources } from '../../src/data/entities';

const ORIGIN = 'http://127.0.0.1:4173';

/**
 * Every way we found to make a browser's URL parser turn a "local" link into a request to
 * another host, or into something that is not an http(s) file of ours. Each must be refused
 * (fall back to the embedded data), whatever the parser normalises it to.
 */
const HOSTILE: readonly string[] = [
  // other origins, plainly
  'https://evil.example/x.geojson',
  'http://evil.example/x.geojson',
  '//evil.example/y',
  '///evil.example/y',
  // backslashes: special schemes read them as slashes
  '/\\evil.example/x',
  '\\\\evil.example/x',
  '\\/evil.example/x',
  '/\\/evil.example/x',
  'http:\\\\evil.example\\x',
  // dot and empty segments that leave a path starting with `//`
  '/.//evil.example/x',
  '/./\\evil.example/x',
  '/a/..//evil.example/x',
  '/a/../..//evil.example/x',
  './/evil.example/x',
  './/evil.example/x',
  '..//evil.example/x',
  `${ORIGIN}//evil.example/x`,
  `${ORIGIN}/.//evil.example/x`,
  `${ORIGIN}/a/..//evil.example/x`,
  // percent-encoded dots, slashes, backslashes, controls, double encoding
  '/%2e/%2fevil.example/x',
  '/%2E%2E/%2F%2Fevil.example/x',
  '/%2f%2fevil.example/x',
  '/%5c%5cevil.example/x',
  '/%5Cevil.example/x',
  '/%252f%252fevil.example/x',
  '/%09/evil.example/x',
  '/%00/x.geojson',
  // tabs, newlines and spaces inside, which the parser silently drops
  '/\t/evil.example/x',
  '/\n/evil.example/x',
  '/\r\n/evil.example/x',
  '\t//evil.example/x',
  ' //evil.example/x',
  '/\u00a0/evil.example/x',
  '/\u3000/evil.example/x',
  'ht\ttp://evil.example/x',
  // our own origin spelled differently, or with user info
  'http://127.0.0.1:4173@evil.example/x',
  'http://user:pass@127.0.0.1:4173/x.geojson',
  'http://user@127.0.0.1:4173/x.geojson',
  'https://127.0.0.1:4173/x.geojson',
  'http://127.0.0.1:4174/x.geojson',
  'http://localhost:4173/x.geojson',
  'http://[::1]:4173/x.geojson',
  'HTTP://EVIL.EXAMPLE/x',
  // other schemes
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:application/json,{"type":"FeatureCollection","features":[]}',
  'blob:http://127.0.0.1:4173/0b7c3f4e-0000-0000-0000-000000000000',
  'blob:https://evil.example/0b7c3f4e',
  'file:///etc/passwd',
  'ftp://evil.example/x',
  'ws://127.0.0.1:4173/x',
  'about:blank',
  'filesystem:http://127.0.0.1:4173/temporary/x',
  'view-source:http://127.0.0.1:4173/',
  // too long to be one of our paths
  `/${'a'.repeat(3000)}.geojson`,
];

const FINE: readonly [string, string][] = [
  ['/bench/big.geojson', `${ORIGIN}/bench/big.geojson`],
  ['data/p.geojson', `${ORIGIN}/data/p.geojson`],
  ['./data/p.geojson', `${ORIGIN}/data/p.geojson`],
  ['/data/../bench/x.geojson', `${ORIGIN}/bench/x.geojson`],
  ['/bench/x.geojson?v=2', `${ORIGIN}/bench/x.geojson?v=2`],
  [`${ORIGIN}/bench/x.geojson`, `${ORIGIN}/bench/x.geojson`],
  // our own origin spelled oddly, or a scheme-relative path: the parser makes them ours
  ['http://0x7f.0.0.1:4173/x.geojson', `${ORIGIN}/x.geojson`],
  ['http://127.1:4173/x.geojson', `${ORIGIN}/x.geojson`],
  ['http:evil.example/x', `${ORIGIN}/evil.example/x`],
  ['http:/evil.example/x', `${ORIGIN}/evil.example/x`],
  ['/数据/企业.geojson', `${ORIGIN}/%E6%95%B0%E6%8D%AE/%E4%BC%81%E4%B8%9A.geojson`],
];

describe('dataset links', () => {
  it('uses the embedded files by default, as absolute URLs of our origin', () => {
    const s = entitySources('', ORIGIN);
    expect(s.enterprises).toMatch(/^http:\/\/127\.0\.0\.1:4173\/.*enterprises.*\.geojson$/);
    expect(s.projects).toMatch(/^http:\/\/127\.0\.0\.1:4173\/.*projects.*\.geojson$/);
  });

  it.each(FINE)('accepts %j as %s', (raw, href) => {
    const { sources, refused, linked } = datasetLinks(
      `?enterprises=${encodeURIComponent(raw)}&projects=${encodeURIComponent(raw)}`,
      ORIGIN,
    );
    expect(refused).toEqual([]);
    expect(linked).toBe(true);
    expect(sources).toEqual({ enterprises: href, projects: href });
    expect(checkFetchable(href, ORIGIN)).toEqual({ ok: true, url: href });
  });

  it.each(HOSTILE.map((raw) => [raw]))('refuses %j and falls back to the embedded file', (raw) => {
    const fallback = entitySources('', ORIGIN);
    expect(datasetLinks('', ORIGIN).linked).toBe(false);
    const { sources, refused, linked } = datasetLinks(
      `?enterprises=${encodeURIComponent(raw)}&projects=${encodeURIComponent(raw)}`,
      ORIGIN,
    );
    expect(sources).toEqual(fallback);
    // A refused link loads the small embedded file: drawn like the default data.
    expect(linked).toBe(false);
    expect(refused.map((r) => [r.dataset, r.raw])).toEqual([
      ['enterprises', raw],
      ['projects', raw],
    ]);
  });

  it('never accepts a hostile link whatever it resolves to', () => {
    for (const raw of HOSTILE) {
      const link = resolveDatasetLink(raw, ORIGIN);
      expect(link.ok, raw).toBe(false);
    }
  });

  it('where it is fetched, refuses anything but an absolute URL of the same origin', () => {
    const refused = [
      '/bench/x.geojson',
      '//evil.example/x',
      `${ORIGIN}//evil.example/x`,
      'http://evil.example/x',
      'http://a@127.0.0.1:4173/x',
      'data:application/json,{}',
      `${ORIGIN}/a/../x`,
      `${ORIGIN}/a\\x`,
    ];
    for (const href of refused) expect(checkFetchable(href, ORIGIN).ok, href).toBe(false);
  });

  it('the raw (undecoded) query string cannot smuggle a second value past the first', () => {
    // URLSearchParams takes the first `enterprises=`; both are checked the same way anyway.
    const { refused } = datasetLinks(
      '?enterprises=%2F%2Fevil.example%2Fx&enterprises=/ok.geojson',
      ORIGIN,
    );
    expect(refused).toHaveLength(1);
  });
});
