import type { ImportCrs } from '../domain/import';
import { crsOfEpsg } from './projected-crs';

/** What a .prj (WKT) says: a CRS we can convert from, or the name of one we cannot. */
export type WktReading = { crs: ImportCrs } | { unsupported: string };

/** Datums realised within centimetres of WGS-84 (no shift needed at map scale). */
const WGS_LIKE_DATUM =
  /WGS[\s_]*(19)?84|China[\s_]*(Geodetic[\s_]*Coordinate[\s_]*System[\s_]*)?2000|CGCS[\s_]*2000|D_China_2000/i;

function param(wkt: string, name: string): number | null {
  const m = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : null;
}

function datumOf(wkt: string): string {
  return /DATUM\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? '';
}

/** The EPSG code of a CGCS2000 3° Gauss-Krüger system with these parameters, if there is one. */
function gk3Epsg(cm: number, falseEasting: number): number | null {
  if (cm % 3 !== 0 || cm < 75 || cm > 135) return null;
  if (falseEasting === 5e5) return 4534 + (cm - 75) / 3;
  const zone = cm / 3;
  return falseEasting === zone * 1e6 + 5e5 ? 4488 + zone : null;
}

function transverseMercator(wkt: string, name: string, cgcs: boolean): WktReading {
  const cm = param(wkt, 'central_meridian');
  const fe = param(wkt, 'false_easting') ?? 0;
  const fn = param(wkt, 'false_northing') ?? 0;
  const k = param(wkt, 'scale_factor') ?? 1;
  const lat0 = param(wkt, 'latitude_of_origin') ?? 0;
  const units = [...wkt.matchAll(/UNIT\[\s*"[^"]*"\s*,\s*([\d.eE+-]+)/gi)].map((m) => Number(m[1]));
  if (cm === null || units[units.length - 1] !== 1) return { unsupported: name };
  const epsg = cgcs && k === 1 && lat0 === 0 && fn === 0 ? gk3Epsg(cm, fe) : null;
  const known = epsg === null ? null : crsOfEpsg(epsg);
  if (known) return { crs: known };
  const ellps = cgcs ? 'GRS80' : 'WGS84';
  const proj4 = `+proj=tmerc +lat_0=${lat0} +lon_0=${cm} +k=${k} +x_0=${fe} +y_0=${fn} +ellps=${ellps} +units=m +no_defs`;
  return { crs: { kind: 'projected', epsg: null, name, proj4 } };
}

/**
 * Reads the coordinate system of a .prj file (OGC or ESRI WKT). Geographic WGS-84/CGCS2000
 * read as WGS-84; transverse-Mercator (Gauss-Krüger, UTM) systems on those datums and Web
 * Mercator are converted; anything else (Beijing 1954, Xian 1980, other projections) is
 * refused with its name.
 */
export function readWkt(text: string): WktReading {
  const wkt = text.trim();
  const name = /^\w+\[\s*"([^"]*)"/.exec(wkt)?.[1] ?? wkt.slice(0, 60);
  // Only the outermost AUTHORITY names the system (an inner one names its datum or base CRS).
  const authority = /AUTHORITY\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(wkt);
  if (authority) {
    const crs = crsOfEpsg(Number(authority[1]));
    if (crs) return { crs };
  }
  const datum = datumOf(wkt);
  const wgsLike = WGS_LIKE_DATUM.test(datum) || WGS_LIKE_DATUM.test(name);
  if (/^GEOG(CS|CRS)\[/i.test(wkt))
    return wgsLike ? { crs: { kind: 'wgs84' } } : { unsupported: name };
  if (!/^PROJ(CS|CRS)\[/i.test(wkt) || !wgsLike) return { unsupported: name };
  const projection = /PROJECTION\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? '';
  if (
    /Mercator_Auxiliary_Sphere|Popular_Visualisation/i.test(projection) ||
    /Pseudo.Mercator|Web.Mercator/i.test(name)
  ) {
    const crs = crsOfEpsg(3857);
    if (crs) return { crs };
  }
  if (/^(Gauss_Kruger|Transverse_Mercator)$/i.test(projection)) {
    return transverseMercator(wkt, name, !/WGS/i.test(datum || name));
  }
  return { unsupported: name };
}
