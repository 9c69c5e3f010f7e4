import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { POINTS } from '../../../scripts/import-fixtures/fixture-data';
import { fixtureBytes, fixtureText, importFixture } from './fixtures';

/** Data rows of a CSV fixture counted by papaparse directly (header excluded). */
function csvRows(name: string, encoding = 'utf-8'): number {
  const text = new TextDecoder(encoding).decode(fixtureBytes(name));
  return Papa.parse(text, { skipEmptyLines: 'greedy' }).data.length - 1;
}

/** Records of the .dbf in a zipped Shapefile, read from the dBASE header (bytes 4–7). */
function dbfRecords(name: string): number {
  const files = unzipSync(fixtureBytes(name));
  const dbf = Object.entries(files).find(([n]) => n.endsWith('.dbf'))?.[1];
  if (!dbf) throw new Error(`${name}: no .dbf`);
  return new DataView(dbf.buffer, dbf.byteOffset).getUint32(4, true);
}

describe('GeoJSON', () => {
  it('imports every feature, flattening nested properties to JSON text', async () => {
    const r = await importFixture('points-wgs84.geojson');
    const source = JSON.parse(fixtureText('points-wgs84.geojson')) as { features: unknown[] };
    expect(r.features).toHaveLength(source.features.length);
    expect(r.format).toBe('geojson');
    expect(r.geometryTypes).toEqual(['Point']);
    expect(r.crs).toEqual({ kind: 'wgs84' });
    expect(r.crsSource).toBe('default');
    expect(r.fields).toEqual(['名称', '行业', '详情']);
    expect(r.features[0]?.properties).toEqual({
      名称: '测试企业甲',
      行业: '智能制造',
      详情: '{"来源":"测试数据"}',
    });
    expect(r.skipped).toEqual([]);
    expect(r.offsetWarning).toBeNull();
  });

  it('rewinds a clockwise outer ring to RFC 7946 counter-clockwise', async () => {
    const r = await importFixture('zone-boundary.geojson');
    const ring =
      r.features[0]?.geometry.type === 'Polygon' ? r.features[0].geometry.coordinates[0] : [];
    expect(ring?.[1]).toEqual([106.46, 29.44]);
  });
});

describe('CSV', () => {
  it.each([
    ['register-utf8.csv', '经度', 'utf-8'],
    ['register-utf8-bom.csv', 'Longitude', 'utf-8'],
    ['register-gbk.csv', '经度', 'gbk'],
    ['register-xy.csv', 'X', 'utf-8'],
  ])('%s: one point per row, header kept as fields', async (name, lngField, encoding) => {
    const r = await importFixture(name);
    expect(r.features).toHaveLength(csvRows(name, encoding));
    expect(r.fields).toContain(lngField);
    expect(r.features.map((f) => f.geometry)).toEqual(
      POINTS.map((p) => ({ type: 'Point', coordinates: [p.lng, p.lat] })),
    );
    expect(Object.values(r.features[0]?.properties ?? {})).toContain('测试企业甲');
  });

  it('says when it read GBK', async () => {
    const r = await importFixture('register-gbk.csv');
    expect(r.warnings.map((w) => w.code)).toEqual(['import.warning.decodedAs']);
  });

  it('uses the columns the user names', async () => {
    const csv = 'a,b,东,北\n1,2,106.45,29.45\n';
    const { importFile } = await import('../../../src/data/import/import-file');
    const r = await importFile(new Blob([csv]), 'x.csv', {
      crs: null,
      lngField: '东',
      latField: '北',
    });
    expect(r.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [106.45, 29.45] });
  });
});

describe('XLSX', () => {
  it('reads the first sheet, numbers as numbers', async () => {
    const r = await importFixture('register.xlsx');
    expect(r.format).toBe('xlsx');
    expect(r.features).toHaveLength(POINTS.length);
    expect(r.fields).toEqual(['企业名称', '行业', '经度', '纬度', '成立年份']);
    expect(r.features[4]?.properties).toMatchObject({ 企业名称: '测试企业戊', 成立年份: 2014 });
  });
});

describe('KML and KMZ', () => {
  it.each(['placemarks.kml', 'placemarks.kmz'])('%s: one feature per Placemark', async (name) => {
    const r = await importFixture(name);
    const placemarks = (fixtureText('placemarks.kml').match(/<Placemark>/g) ?? []).length;
    expect(r.features).toHaveLength(placemarks);
    expect(r.geometryTypes).toEqual(['MultiPolygon', 'Point', 'Polygon']);
    expect(r.features[0]?.properties).toMatchObject({ name: '测试企业甲', 行业: '智能制造' });
    // Altitude is dropped: everything past the contract is [lng, lat].
    expect(r.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [106.45, 29.45] });
  });
});

describe('zipped Shapefile', () => {
  it('reads a CGCS2000 Gauss-Krüger polygon with its .prj and UTF-8 .cpg', async () => {
    const r = await importFixture('zone-cgcs2000-gk.zip');
    expect(r.features).toHaveLength(dbfRecords('zone-cgcs2000-gk.zip'));
    expect(r.crs).toMatchObject({ kind: 'projected', epsg: 4544 });
    expect(r.crsSource).toBe('prj');
    expect(r.features[0]?.properties).toEqual({ NAME: '测试园区', KIND: '科技园' });
  });

  it('reads GBK attributes when there is no .cpg, and EPSG:4490 as WGS-84', async () => {
    const r = await importFixture('points-cgcs2000-gbk.zip');
    expect(r.features).toHaveLength(dbfRecords('points-cgcs2000-gbk.zip'));
    expect(r.crs).toEqual({ kind: 'wgs84' });
    expect(r.features.map((f) => f.properties.NAME)).toEqual(POINTS.map((p) => p.name));
  });

  it('reads degrees without a .prj as WGS-84 and says so', async () => {
    const r = await importFixture('points-no-prj-degrees.zip');
    expect(r.features).toHaveLength(POINTS.length);
    expect(r.warnings.map((w) => w.code)).toEqual(['import.warning.noPrjAssumedWgs84']);
  });
});
