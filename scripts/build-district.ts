// npm run data:district — writes data/geojson/district.geojson and context.geojson from the
// echarts@4.9.0 Chongqing map. All logic is in district-data.ts, so tests can rebuild in memory.
import { mkdirSync } from 'node:fs';
import { bbox } from '@turf/turf';
import { buildContext, buildDistrict } from './district-data';
import { CONTEXT_FILE, DISTRICT_FILE, ROOT, readChongqingSource, writeGeoJson } from './geojson-io';

const source = readChongqingSource();
const district = buildDistrict(source);
const context = buildContext(source);
mkdirSync(`${ROOT}data/geojson`, { recursive: true });
writeGeoJson(DISTRICT_FILE, district);
writeGeoJson(CONTEXT_FILE, context);

for (const f of [...district.features, ...context.features]) {
  const g = f.geometry;
  const vertices = JSON.stringify(g.coordinates).match(/\[-?\d/g)?.length ?? 0;
  const size =
    'area_km2' in f.properties ? `${f.properties.area_km2} km²` : `${f.properties.length_km} km`;
  const box = bbox(g)
    .map((v) => v.toFixed(4))
    .join(', ');
  console.log(`${f.properties.name_zh} ${g.type} ${vertices} vertices, ${size}, bbox ${box}`);
}
