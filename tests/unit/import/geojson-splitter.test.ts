import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GeoJsonSplitter } from '../../../src/data/import/geojson-splitter';
import { parseGeoJson } from '../../../src/data/import/parse-geojson';

/** Strings that stress the splitter: quotes, backslashes, brackets, commas, CJK, escapes. */
const tricky = fc.string({
  unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', 'a', '中', '\n', 'features', ' '),
  maxLength: 12,
});

const feature = fc.record({
  type: fc.constant('Feature'),
  properties: fc.dictionary(
    tricky,
    fc.oneof(tricky, fc.integer(), fc.constant(null), fc.array(tricky, { maxLength: 3 })),
  ),
  geometry: fc.record({
    type: fc.constant('Point'),
    coordinates: fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    ),
  }),
});

/** Feeds text in pieces cut at the given offsets. */
function split(text: string, cuts: number[]): { features: unknown[]; skeleton: unknown } {
  const features: unknown[] = [];
  const s = new GeoJsonSplitter((t) => features.push(JSON.parse(t)));
  let at = 0;
  for (const c of [...cuts.map((x) => Math.floor(x * text.length))].sort((a, b) => a - b)) {
    s.feed(text.slice(at, c));
    at = c;
  }
  s.feed(text.slice(at));
  return { features, skeleton: JSON.parse(s.finish()) };
}

describe('GeoJsonSplitter', () => {
  it('yields exactly JSON.parse’s features, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(
        fc.array(feature, { maxLength: 6 }),
        tricky,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        fc.boolean(),
        (features, name, cuts, pretty) => {
          const doc = { type: 'FeatureCollection', name, features, bbox: [1, 2, 3, 4] };
          const text = JSON.stringify(doc, null, pretty ? 2 : undefined);
          const out = split(text, cuts);
          const reference = JSON.parse(text) as typeof doc;
          expect(out.features).toEqual(reference.features);
          expect(out.skeleton).toEqual({ ...reference, features: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the features array when chunk boundaries cut its key, once or twice', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: null }],
    });
    const at = text.indexOf('"features"');
    for (const cuts of [[at + 4], [at + 1, at + 6], [at + 9]]) {
      const out = split(
        text,
        cuts.map((c) => c / text.length),
      );
      expect(out.features).toHaveLength(1);
    }
  });

  it('throws on unbalanced text', () => {
    const s = new GeoJsonSplitter(() => {});
    s.feed('{"type":"FeatureCollection","features":[{"type":"Feature"');
    expect(() => s.finish()).toThrow(SyntaxError);
  });
});

describe('parseGeoJson over 1 MB chunks', () => {
  it('streams a 3 MB collection with moving progress and every feature intact', async () => {
    const features = Array.from({ length: 20_000 }, (_, i) => ({
      type: 'Feature',
      properties: { name: `企业"${i}"\\`, i },
      geometry: { type: 'Point', coordinates: [106 + i / 1e5, 29.5] },
    }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const progress: number[] = [];
    const parsed = await parseGeoJson(new Blob([text]), (loaded) => progress.push(loaded));
    expect(parsed.items).toHaveLength(features.length);
    expect(parsed.items[12_345]?.properties).toEqual(features[12_345]?.properties);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[progress.length - 1]).toBe(new Blob([text]).size);
  });

  it('names a feature whose own text is not JSON and keeps the rest', async () => {
    const text =
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}},{"type":"Feature",,}]}';
    const parsed = await parseGeoJson(new Blob([text]));
    expect(parsed.items).toHaveLength(1);
    expect(parsed.skipped).toEqual([
      { index: 1, code: 'import.error.malformedFeature', params: { feature: 2 } },
    ]);
  });
});
