import { distance } from '@turf/turf';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { POINTS } from '../../../scripts/import-fixtures/fixture-data';
import { crsOfEpsg, epsgOfName, gaussKrugerFromEasting } from '../../../src/geo/projected-crs';
import { readWkt } from '../../../src/geo/wkt-crs';
import { importFixture } from './fixtures';

const metres = (a: number[], b: number[]) => distance(a, b, { units: 'kilometers' }) * 1000;
const coords = (f: { geometry: unknown }) => (f.geometry as Point).coordinates;

describe('EPSG codes', () => {
  it.each([
    [4490, 'wgs84'],
    [4326, 'wgs84'],
  ])('EPSG:%i reads as WGS-84', (epsg, kind) => {
    expect(crsOfEpsg(epsg)).toEqual({ kind });
  });

  it.each([
    // Chongqing (~106.5°E) lies in 3° zone 35 (CM 105°E) or 36 (CM 108°E).
    [4523, '+lon_0=105 ', '+x_0=35500000 '],
    [4524, '+lon_0=108 ', '+x_0=36500000 '],
    [4544, '+lon_0=105 ', '+x_0=500000 '],
    [4545, '+lon_0=108 ', '+x_0=500000 '],
    [4513, '+lon_0=75 ', '+x_0=25500000 '],
    [4554, '+lon_0=135 ', '+x_0=500000 '],
    [4497, '+lon_0=111 ', '+x_0=19500000 '],
  ])('EPSG:%i is CGCS2000 Gauss-Krüger with %s and %s', (epsg, lon0, x0) => {
    const crs = crsOfEpsg(epsg);
    expect(crs?.kind).toBe('projected');
    if (crs?.kind !== 'projected') return;
    expect(crs.proj4).toContain(lon0);
    expect(crs.proj4).toContain(x0);
    expect(crs.epsg).toBe(epsg);
  });

  it('knows nothing of Beijing 1954 or Xian 1980 (no datum shift is built in)', () => {
    expect(crsOfEpsg(2435)).toBeNull();
    expect(crsOfEpsg(2383)).toBeNull();
  });

  it('reads codes from GeoJSON crs names', () => {
    expect(epsgOfName('urn:ogc:def:crs:EPSG::4545')).toBe(4545);
    expect(epsgOfName('EPSG:4490')).toBe(4490);
    expect(epsgOfName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe(4326);
  });

  it('reads the zone from an 8-digit easting', () => {
    expect(gaussKrugerFromEasting(35_640_677, 3_260_022)).toMatchObject({ epsg: 4523 });
    expect(gaussKrugerFromEasting(640_677, 3_260_022)).toBeNull();
  });
});

describe('.prj (WKT)', () => {
  it('maps an ESRI CGCS2000 GK .prj without AUTHORITY to its EPSG code', () => {
    const wkt =
      'PROJCS["CGCS2000_3_Degree_GK_CM_108E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",108.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(readWkt(wkt)).toMatchObject({ crs: { kind: 'projected', epsg: 4545 } });
  });

  it('uses the outermost AUTHORITY, not the base CRS inside', () => {
    const wkt =
      'PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 105E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["central_meridian",105],PARAMETER["false_easting",500000],UNIT["metre",1],AUTHORITY["EPSG","4544"]]';
    expect(readWkt(wkt)).toMatchObject({ crs: { epsg: 4544 } });
  });

  it('converts a WGS 84 UTM .prj and refuses Xian 1980 and Beijing 1954 by name', () => {
    const utm =
      'PROJCS["WGS_1984_UTM_Zone_48N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(readWkt(utm)).toMatchObject({
      crs: { kind: 'projected', name: 'WGS_1984_UTM_Zone_48N' },
    });
    expect(
      readWkt(
        'GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]]]',
      ),
    ).toEqual({
      unsupported: 'GCS_Beijing_1954',
    });
    expect(
      readWkt(
        'PROJCS["Xian_1980_3_Degree_GK_CM_105E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]]],PROJECTION["Gauss_Kruger"]]',
      ),
    ).toEqual({
      unsupported: 'Xian_1980_3_Degree_GK_CM_105E',
    });
  });
});

describe('conversion to WGS-84', () => {
  it('lands a GCJ-02 file within 20 m of its WGS-84 twin', async () => {
    const wgs = await importFixture('points-wgs84.geojson');
    const gcj = await importFixture('points-gcj02.geojson', { crs: { kind: 'gcj02' } });
    expect(gcj.crsSource).toBe('declared');
    gcj.features.forEach((f, i) => {
      const twin = wgs.features[i];
      if (!twin) throw new Error('twin missing');
      expect(metres(coords(f), coords(twin))).toBeLessThan(20);
    });
    // … while read as WGS-84 it is hundreds of metres off: the conversion did the work.
    const raw = await importFixture('points-gcj02.geojson', { crs: { kind: 'wgs84' } });
    expect(
      metres(coords(raw.features[0] as never), coords(wgs.features[0] as never)),
    ).toBeGreaterThan(300);
  });

  it('converts BD-09 declared on a file', async () => {
    const gcoord = (await import('gcoord')).default;
    const bd = POINTS.map((p) =>
      gcoord.transform<[number, number]>([p.lng, p.lat], gcoord.WGS84, gcoord.BD09),
    );
    const csv = ['lng,lat', ...bd.map(([x, y]) => `${x},${y}`)].join('\n');
    const { importFile } = await import('../../../src/data/import/import-file');
    const r = await importFile(new Blob([csv]), 'bd.csv', { crs: { kind: 'bd09' } });
    r.features.forEach((f, i) => {
      const p = POINTS[i] as (typeof POINTS)[number];
      expect(metres(coords(f), [p.lng, p.lat])).toBeLessThan(20);
    });
  });

  it.each([
    ['points-epsg4545.geojson', 4545, 'prj'],
    ['register-gk-zone35.csv', 4523, 'detected'],
  ])('%s (EPSG:%i, %s) lands within 0.1 m of the WGS-84 points', async (name, epsg, source) => {
    const r = await importFixture(name);
    expect(r.crs).toMatchObject({ kind: 'projected', epsg });
    expect(r.crsSource).toBe(source);
    r.features.forEach((f, i) => {
      const p = POINTS[i] as (typeof POINTS)[number];
      expect(metres(coords(f), [p.lng, p.lat])).toBeLessThan(0.1);
    });
  });

  it('lands the Gauss-Krüger Shapefile polygon on the source square within 0.1 m', async () => {
    const r = await importFixture('zone-cgcs2000-gk.zip');
    const g = r.features[0]?.geometry;
    if (g?.type !== 'Polygon') throw new Error('expected a Polygon');
    const ring = g.coordinates[0] ?? [];
    expect(ring).toHaveLength(5);
    for (const p of ring) {
      const near = [
        [106.44, 29.44],
        [106.46, 29.44],
        [106.46, 29.46],
        [106.44, 29.46],
      ].some((q) => metres(p, q) < 0.1);
      expect(near).toBe(true);
    }
  });

  it('refuses projected-looking values with no named system', async () => {
    const { importFile } = await import('../../../src/data/import/import-file');
    const csv = 'x,y\n640677,3260022\n640000,3261000\n';
    await expect(importFile(new Blob([csv]), 'm.csv', { crs: null })).rejects.toMatchObject({
      issue: { code: 'import.error.projectedNoCrs' },
    });
  });
});

describe('offset detection', () => {
  it('suggests GCJ-02 when edge points fall outside the district as read and inside converted', async () => {
    const r = await importFixture('edge-gcj02.geojson');
    expect(r.offsetWarning).toEqual({
      suggested: { kind: 'gcj02' },
      insideAsRead: 0,
      insideSuggested: 1,
    });
    expect(r.crs).toEqual({ kind: 'wgs84' });
  });

  it('stays quiet for WGS-84 data, and when the CRS was declared', async () => {
    expect((await importFixture('points-wgs84.geojson')).offsetWarning).toBeNull();
    const declared = await importFixture('edge-gcj02.geojson', { crs: { kind: 'wgs84' } });
    expect(declared.offsetWarning).toBeNull();
  });
});
