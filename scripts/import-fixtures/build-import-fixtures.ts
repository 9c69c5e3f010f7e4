// Builds the importer's test fixtures under tests/fixtures/import/ (text and binary):
//   npx tsx scripts/import-fixtures/build-import-fixtures.ts
// Deterministic: same output on every run. See tests/fixtures/import/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import proj4 from 'proj4';
import { crsOfEpsg } from '../../src/geo/projected-crs';
import { ROOT } from '../geojson-io';
import { encodeGbk, encodeLatin1 } from './encodings';
import { checkInside, edgePoints, POINTS, round, toGcj, ZONE_RING_CW } from './fixture-data';
import { writeDbf, writeShp } from './shapefile-writer';
import { writeXlsx } from './xlsx-writer';

const DIR = join(ROOT, 'tests/fixtures/import');
const MTIME = new Date('2026-01-01T00:00:00Z');

function put(name: string, data: string | Uint8Array): void {
  writeFileSync(join(DIR, name), data);
}

function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [n, d] of Object.entries(files)) {
    entries[n] = [typeof d === 'string' ? strToU8(d) : d, { mtime: MTIME }];
  }
  return zipSync(entries);
}

const pointFeature = (p: (typeof POINTS)[number], coordinates: number[]) => ({
  type: 'Feature',
  properties: { 名称: p.name, 行业: p.industry, 详情: { 来源: '测试数据' } },
  geometry: { type: 'Point', coordinates },
});

const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;

function geojsonFixtures(): void {
  const fc = (features: unknown[], extra = {}) =>
    json({ type: 'FeatureCollection', ...extra, features });
  put('points-wgs84.geojson', fc(POINTS.map((p) => pointFeature(p, [p.lng, p.lat]))));
  put('points-gcj02.geojson', fc(POINTS.map((p) => pointFeature(p, toGcj([p.lng, p.lat])))));
  put(
    'edge-gcj02.geojson',
    fc(
      edgePoints(20).map((p, i) => ({
        type: 'Feature',
        properties: { n: i },
        geometry: { type: 'Point', coordinates: toGcj(p) },
      })),
    ),
  );
  const zone = {
    type: 'Feature',
    properties: { 名称: '测试园区' },
    geometry: { type: 'Polygon', coordinates: [ZONE_RING_CW] },
  };
  put('zone-boundary.geojson', fc([zone]));
  const gk = crsOfEpsg(4545);
  if (gk?.kind !== 'projected') throw new Error('EPSG:4545 missing');
  const toGk = proj4('WGS84', gk.proj4);
  const projected = POINTS.map((p) =>
    pointFeature(
      p,
      toGk.forward([p.lng, p.lat]).map((v) => round(v, 3)),
    ),
  );
  put(
    'points-epsg4545.geojson',
    fc(projected, { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4545' } } }),
  );
  const good = pointFeature(POINTS[0] as (typeof POINTS)[number], [106.45, 29.45]);
  put('bad-malformed.geojson', fc([good]).slice(0, 120));
  put('bad-not-geojson.json', json({ hello: '世界' }));
  put('bad-empty.geojson', fc([]));
  put(
    'bad-unsupported-geometry.geojson',
    fc([
      good,
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Circle', center: [106.4, 29.4], radius: 100 },
      },
    ]),
  );
  const open = ZONE_RING_CW.slice(0, 4);
  put(
    'bad-unclosed-ring.geojson',
    fc([
      good,
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [open] } },
    ]),
  );
}

function csvFixtures(): void {
  const rows = (h: string) =>
    [h, ...POINTS.map((p) => `${p.name},${p.industry},${p.lng},${p.lat}`)].join('\r\n');
  put('register-utf8.csv', `${rows('企业名称,行业,经度,纬度')}\r\n`);
  put('register-utf8-bom.csv', `\uFEFF${rows('企业名称,行业,Longitude,Latitude')}\r\n`);
  put('register-gbk.csv', encodeGbk(`${rows('企业名称,行业,经度,纬度')}\r\n`));
  put('register-xy.csv', `${rows('name,industry,X,Y')}\n`);
  const bd = POINTS.map((p) => {
    const [x, y] = toGcj([p.lng, p.lat]);
    return `${p.name},${x},${y}`;
  });
  put('register-gcj02.csv', ['名称,lng,lat', ...bd].join('\n'));
  const gk = crsOfEpsg(4523);
  if (gk?.kind !== 'projected') throw new Error('EPSG:4523 missing');
  const toGk = proj4('WGS84', gk.proj4);
  const gkRows = POINTS.map((p) => {
    const [x, y] = toGk.forward([p.lng, p.lat]);
    return `${p.name},${round(x as number, 2)},${round(y as number, 2)}`;
  });
  put('register-gk-zone35.csv', ['名称,x,y', ...gkRows].join('\n'));
  put(
    'register-swapped.csv',
    ['名称,经度,纬度', ...POINTS.map((p) => `${p.name},${p.lat},${p.lng}`)].join('\n'),
  );
  put(
    'bad-swapped-row.csv',
    ['名称,经度,纬度', '甲,106.45,29.45', '乙,106.5,29.5', '丙,29.4,106.4'].join('\n'),
  );
  put('bad-out-of-range.csv', ['名称,经度,纬度', '甲,106.45,29.45', '乙,206.5,95.5'].join('\n'));
  put(
    'bad-blank-coordinates.csv',
    ['名称,经度,纬度', '甲,106.45,29.45', '乙,,29.5', '丙,东经106度,29.4'].join('\n'),
  );
  put('bad-empty.csv', '');
  put('bad-no-coordinates.csv', '名称,地址\n测试企业甲,九龙坡区某路1号\n');
  put('bad-encoding.csv', encodeLatin1('name,lng,lat\nCafé Zoë,106.45,29.45\nNaïve,106.5,29.5\n'));
  put(
    'register.xlsx',
    writeXlsx([
      ['企业名称', '行业', '经度', '纬度', '成立年份'],
      ...POINTS.map((p, i) => [p.name, p.industry, p.lng, p.lat, 2010 + i]),
    ]),
  );
}

const KML_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>';
const kmlRing = (r: number[][]) => r.map((p) => `${p[0]},${p[1]},0`).join(' ');

function kmlFixtures(): void {
  const points = POINTS.slice(0, 2).map(
    (p) =>
      `<Placemark><name>${p.name}</name><ExtendedData><Data name="行业"><value>${p.industry}</value></Data></ExtendedData><Point><coordinates>${p.lng},${p.lat},0</coordinates></Point></Placemark>`,
  );
  const poly = `<Placemark><name>测试园区</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${kmlRing(ZONE_RING_CW)}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`;
  const shifted = ZONE_RING_CW.map(([x, y]) => [x + 0.05, y]);
  const multi = `<Placemark><name>两片园区</name><MultiGeometry><Polygon><outerBoundaryIs><LinearRing><coordinates>${kmlRing(ZONE_RING_CW)}</coordinates></LinearRing></outerBoundaryIs></Polygon><Polygon><outerBoundaryIs><LinearRing><coordinates>${kmlRing(shifted)}</coordinates></LinearRing></outerBoundaryIs></Polygon></MultiGeometry></Placemark>`;
  const text = `${KML_HEAD}${points.join('')}${poly}${multi}</Document></kml>\n`;
  put('placemarks.kml', text);
  put('placemarks.kmz', zip({ 'doc.kml': text }));
  put('bad-kml.kml', '<kml><Document><Placemark><name>未闭合');
}

function shapefileFixtures(): void {
  const gk = crsOfEpsg(4544);
  if (gk?.kind !== 'projected') throw new Error('EPSG:4544 missing');
  const toGk = proj4('WGS84', gk.proj4);
  const ring = ZONE_RING_CW.map((p) => toGk.forward(p).map((v) => round(v, 3)) as [number, number]);
  const { shp, shx } = writeShp([{ type: 'Polygon', coordinates: [ring] }]);
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const dbf = writeDbf(['NAME', 'KIND'], [['测试园区', '科技园']], utf8);
  const prjGk =
    'PROJCS["CGCS2000_3_Degree_GK_CM_105E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
  put(
    'zone-cgcs2000-gk.zip',
    zip({
      'zone.shp': shp,
      'zone.shx': shx,
      'zone.dbf': dbf,
      'zone.prj': prjGk,
      'zone.cpg': 'UTF-8',
    }),
  );
  put('bad-no-prj.zip', zip({ 'zone.shp': shp, 'zone.shx': shx, 'zone.dbf': dbf }));
  const prjXian = prjGk
    .replaceAll('CGCS2000', 'Xian_1980')
    .replace('GCS_China_Geodetic_Coordinate_System_2000', 'GCS_Xian_1980')
    .replace('D_China_2000', 'D_Xian_1980');
  put(
    'bad-unsupported-crs.zip',
    zip({ 'zone.shp': shp, 'zone.shx': shx, 'zone.dbf': dbf, 'zone.prj': prjXian }),
  );
  const pts = writeShp(POINTS.map((p) => ({ type: 'Point', coordinates: [p.lng, p.lat] })));
  const gbkDbf = writeDbf(
    ['NAME', 'INDUSTRY'],
    POINTS.map((p) => [p.name, p.industry]),
    encodeGbk,
  );
  const prj4490 =
    'GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]]';
  const pointsZip = zip({
    'points.shp': pts.shp,
    'points.shx': pts.shx,
    'points.dbf': gbkDbf,
    'points.prj': prj4490,
  });
  put('points-cgcs2000-gbk.zip', pointsZip);
  put(
    'points-no-prj-degrees.zip',
    zip({ 'points.shp': pts.shp, 'points.shx': pts.shx, 'points.dbf': gbkDbf }),
  );
  put('bad-truncated.zip', pointsZip.slice(0, Math.floor(pointsZip.length / 2)));
}

checkInside();
mkdirSync(DIR, { recursive: true });
geojsonFixtures();
csvFixtures();
kmlFixtures();
shapefileFixtures();
console.log(`fixtures written to ${DIR}`);
