// npm run data:zones — writes data/geojson/zones.geojson from the hand-written definitions,
// clipped to data/geojson/district.geojson (run data:district first). Logic: zones-data.ts.
import { bbox } from '@turf/turf';
import { DISTRICT_FILE, readJsonFile, writeGeoJson, ZONES_FILE } from './geojson-io';
import { buildZones } from './zones-data';
import { districtOutline } from './zones-input';

const zones = buildZones(districtOutline(readJsonFile(DISTRICT_FILE)));
writeGeoJson(ZONES_FILE, zones);

for (const f of zones.features) {
  const p = f.properties;
  const size = p.role === 'zone' ? `${p.area_km2} km²` : `${p.length_km} km`;
  const box = bbox(f.geometry)
    .map((v) => v.toFixed(4))
    .join(', ');
  console.log(`${p.zone_id} ${p.role} ${f.geometry.type}: ${size}, bbox ${box}`);
}
