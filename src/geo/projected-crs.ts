import type { ImportCrs } from '../domain/import';

/**
 * Coordinate systems the importer knows by EPSG code, with proj4 definitions built in (no
 * network). CGCS2000 is realised within centimetres of WGS-84, so CGCS2000 systems need no
 * datum shift: geographic EPSG:4490 reads as WGS-84, the Gauss-Krüger zones as plain tmerc on
 * the GRS80 ellipsoid (CGCS2000's differs from it in the 11th digit of the flattening).
 * Beijing 1954 and Xian 1980 need published shift parameters, so they are refused by name.
 */

const WGS84: ImportCrs = { kind: 'wgs84' };

function tmerc(lon0: number, x0: number, ellps: 'GRS80' | 'WGS84'): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=${ellps} +units=m +no_defs`;
}

function gk3(epsg: number, cm: number, zone: number | null): ImportCrs {
  const name = zone
    ? `CGCS2000 / 3-degree Gauss-Kruger zone ${zone}`
    : `CGCS2000 / 3-degree Gauss-Kruger CM ${cm}E`;
  return {
    kind: 'projected',
    epsg,
    name,
    proj4: tmerc(cm, zone ? zone * 1e6 + 5e5 : 5e5, 'GRS80'),
  };
}

function gk6(epsg: number, cm: number, zone: number | null): ImportCrs {
  const name = zone ? `CGCS2000 / Gauss-Kruger zone ${zone}` : `CGCS2000 / Gauss-Kruger CM ${cm}E`;
  return {
    kind: 'projected',
    epsg,
    name,
    proj4: tmerc(cm, zone ? zone * 1e6 + 5e5 : 5e5, 'GRS80'),
  };
}

/** The CRS of an EPSG code, or null when the importer cannot convert from it. */
export function crsOfEpsg(epsg: number): ImportCrs | null {
  if (epsg === 4326 || epsg === 4490) return WGS84;
  // 4513–4533: 3° zones 25–45 with the zone number before the easting; 4534–4554 without.
  if (epsg >= 4513 && epsg <= 4533) return gk3(epsg, 75 + (epsg - 4513) * 3, epsg - 4488);
  if (epsg >= 4534 && epsg <= 4554) return gk3(epsg, 75 + (epsg - 4534) * 3, null);
  // 4491–4501: 6° zones 13–23 with the zone number; 4502–4512 without.
  if (epsg >= 4491 && epsg <= 4501) return gk6(epsg, 75 + (epsg - 4491) * 6, epsg - 4478);
  if (epsg >= 4502 && epsg <= 4512) return gk6(epsg, 75 + (epsg - 4502) * 6, null);
  if (epsg >= 32601 && epsg <= 32660) {
    const zone = epsg - 32600;
    const proj4 = tmerc(zone * 6 - 183, 5e5, 'WGS84').replace('+k=1', '+k=0.9996');
    return { kind: 'projected', epsg, name: `WGS 84 / UTM zone ${zone}N`, proj4 };
  }
  if (epsg === 3857 || epsg === 900913) {
    const proj4 =
      '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs';
    return { kind: 'projected', epsg: 3857, name: 'WGS 84 / Pseudo-Mercator', proj4 };
  }
  return null;
}

/**
 * Reads a CGCS2000 3° Gauss-Krüger zone from eastings that carry the zone number (8 digits,
 * e.g. 35 512 345 m → zone 35, CM 105°E, EPSG:4523). Returns null for anything else.
 */
export function gaussKrugerFromEasting(x: number, y: number): ImportCrs | null {
  const zone = Math.floor(x / 1e6);
  const easting = x - zone * 1e6;
  if (zone < 25 || zone > 45 || easting < 2e5 || easting > 8e5) return null;
  if (y < 1.5e6 || y > 6e6) return null;
  return crsOfEpsg(4488 + zone);
}

/** An EPSG code named in text such as "EPSG:4545" or "urn:ogc:def:crs:EPSG::4545". */
export function epsgOfName(name: string): number | null {
  const m = /EPSG:{1,2}(\d{4,5})\b/i.exec(name);
  if (m) return Number(m[1]);
  return /CRS84$/i.test(name) ? 4326 : null;
}
