// Facts the end-to-end tests compute on their own from the committed data files, so they do not
// trust the app's own numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';

export function readGeojson(name) {
  return JSON.parse(readFileSync(join(process.cwd(), 'data', 'geojson', name), 'utf8'));
}

export function zoneAreas() {
  return readGeojson('zones.geojson').features.filter((f) => f.properties.role === 'zone');
}

/**
 * A point deep inside the zone (far from its edge), away from its label anchor, and outside the
 * other zones where possible: the pixel there shows this zone's fill. Returns [lng, lat].
 */
export function interiorPoint(zone, others = []) {
  const [w, s, e, n] = turf.bbox(zone);
  const outline = turf.polygonToLine(zone);
  const label = turf.centerOfMass(zone);
  let best = null;
  for (let i = 1; i < 40; i++) {
    for (let j = 1; j < 40; j++) {
      const p = turf.point([w + ((e - w) * i) / 40, s + ((n - s) * j) / 40]);
      if (!turf.booleanPointInPolygon(p, zone)) continue;
      if (others.some((o) => turf.booleanPointInPolygon(p, o))) continue;
      if (turf.distance(p, label) < 0.6) continue;
      const lines = outline.type === 'FeatureCollection' ? outline.features : [outline];
      const edge = Math.min(...lines.map((l) => turf.pointToLineDistance(p, l)));
      if (!best || edge > best.edge) best = { at: p.geometry.coordinates, edge };
    }
  }
  if (!best) throw new Error(`no interior point found in ${zone.properties.zone_id}`);
  return best.at;
}

export function hashAt([lng, lat], zoom = 14) {
  return `#map=${zoom}/${lat.toFixed(6)}/${lng.toFixed(6)}`;
}

/** Records of a dataset as the app loads them (the default files hold no invalid record). */
export function records(name) {
  return readGeojson(`${name}.geojson`).features;
}

/** How many points of `features` lie in the zone, by turf (boundary counts as inside). */
export function countInZone(features, zoneId) {
  const zone = zoneAreas().find((z) => z.properties.zone_id === zoneId);
  return features.filter((f) => turf.booleanPointInPolygon(f.geometry.coordinates, zone)).length;
}

/** Digits of a localized number ("1,087" → 1087). */
export function numberIn(text) {
  const m = text.match(/\d[\d,]*/);
  return m ? Number(m[0].replace(/,/g, '')) : Number.NaN;
}
