import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeGlyphs,
  encodeGlyphs,
  fontKey,
  type GlyphSet,
  type SdfGlyph,
} from '../../src/map/glyph-file';

function glyph(width: number, height: number, seed: number): SdfGlyph {
  const data = new Uint8ClampedArray(width * height).map((_, i) => (i * 7 + seed) % 256);
  return {
    data,
    width,
    height,
    glyphWidth: width - 6,
    glyphHeight: height - 6,
    glyphTop: 30 + seed,
    glyphLeft: -1,
    glyphAdvance: 48,
  };
}

const key = fontKey({ fontSize: 48, buffer: 6, radius: 16, fontFamily: "'Noto Sans CJK SC'" });

describe('the bundled glyph file', () => {
  it('reads back exactly what was written, per font and char', () => {
    const set: GlyphSet = new Map([
      [
        key,
        new Map([
          ['九', glyph(60, 66, 1)],
          ['龙', glyph(58, 64, 2)],
        ]),
      ],
      [fontKey({ fontFamily: 'Open Sans Regular' }), new Map([['1', glyph(30, 66, 3)]])],
    ]);
    const bytes = encodeGlyphs(set, 'test');
    const back = decodeGlyphs(bytes.buffer as ArrayBuffer);
    expect([...back.keys()]).toEqual([...set.keys()]);
    for (const [k, glyphs] of set)
      for (const [c, g] of glyphs) {
        const got = back.get(k)?.get(c);
        expect(got).toEqual({ ...g, data: expect.any(Uint8ClampedArray) });
        expect([...(got?.data ?? [])]).toEqual([...g.data]);
      }
  });

  it('keys fonts by every option that changes a pixel', () => {
    const base = { fontSize: 48, buffer: 6, radius: 16, cutoff: 0.25, fontFamily: 'a' };
    expect(fontKey(base)).toBe(fontKey({ ...base }));
    for (const change of [
      { fontSize: 24 },
      { radius: 8 },
      { fontFamily: 'b' },
      { fontWeight: 700 },
    ])
      expect(fontKey({ ...base, ...change })).not.toBe(fontKey(base));
  });

  it('refuses a file that is not one, rather than serving garbage glyphs', () => {
    const good = encodeGlyphs(new Map([[key, new Map([['九', glyph(4, 4, 0)]])]]), 'test');
    const cut = good.slice(0, good.length - 1);
    expect(() => decodeGlyphs(cut.buffer)).toThrow(/cut short/);
    const longer = new Uint8Array(good.length + 1);
    longer.set(good);
    expect(() => decodeGlyphs(longer.buffer)).toThrow(/trailing/);
    expect(() => decodeGlyphs(new Uint8Array(2).buffer)).toThrow(/too short/);
    const json = new TextEncoder().encode('{"version":2,"fonts":[]}');
    const other = new Uint8Array(4 + json.length);
    new DataView(other.buffer).setUint32(0, json.length, true);
    other.set(json, 4);
    expect(() => decodeGlyphs(other.buffer)).toThrow(/not a glyph file/);
  });

  it("the committed file holds the first view's Chinese names and the counts' digits", () => {
    const file = readFileSync(join(import.meta.dirname, '../../data/glyphs/labels.bin'));
    const set = decodeGlyphs(file.buffer.slice(file.byteOffset, file.byteOffset + file.length));
    const chars = new Set([...set.values()].flatMap((g) => [...g.keys()]));
    for (const c of '西彭科技创新园九龙杨家坪智慧城市展示带半岛及湾区融合发展0123456789')
      expect(chars.has(c), c).toBe(true);
  });
});
