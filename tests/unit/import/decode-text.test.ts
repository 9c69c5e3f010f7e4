import { describe, expect, it } from 'vitest';
import { encodeGbk, encodeLatin1 } from '../../../scripts/import-fixtures/encodings';
import { decodeText } from '../../../src/data/import/decode-text';

const TEXT = '企业名称,经度,纬度\n测试企业甲,106.45,29.45\n';

describe('decodeText', () => {
  it('reads UTF-8, UTF-8 with BOM, UTF-16LE with BOM and GBK', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeText(utf8)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: TEXT,
      encoding: 'utf-8-bom',
    });
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from(TEXT, (c) => c.charCodeAt(0)).buffer),
    ]);
    expect(decodeText(utf16)).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(encodeGbk(TEXT))).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('refuses Latin-1 and binary data instead of showing mojibake', () => {
    expect(() => decodeText(encodeLatin1('Café,1,2\n'))).toThrow(/import.error.encoding/);
    expect(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(
      /import.error.encoding/,
    );
  });
});

describe('GeoJSON encodings', () => {
  it('reads a GBK GeoJSON file as GB18030 and says so; a BOM is dropped', async () => {
    const { parseGeoJson } = await import('../../../src/data/import/parse-geojson');
    const text =
      '{"type":"Feature","properties":{"名称":"测试企业甲"},"geometry":{"type":"Point","coordinates":[106.45,29.45]}}';
    const gbk = await parseGeoJson(new Blob([encodeGbk(text)]));
    expect(gbk.items[0]?.properties).toEqual({ 名称: '测试企业甲' });
    expect(gbk.warnings.map((w) => w.code)).toEqual(['import.warning.decodedAs']);
    const bom = await parseGeoJson(new Blob([Uint8Array.from([0xef, 0xbb, 0xbf]), text]));
    expect(bom.items).toHaveLength(1);
    expect(bom.warnings).toEqual([]);
  });
});
