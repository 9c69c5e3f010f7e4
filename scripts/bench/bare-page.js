// The same GeoJSON as the app's default, drawn with MapLibre alone: the baseline for the
// app's time to idle (no React, no validation, no linking, no labels).
// ?enterprises=<url> swaps in a larger enterprise file (the 100k load baseline).
const big = new URLSearchParams(location.search).get('enterprises');
const files = ['district', 'context', 'zones', 'enterprises', 'projects'];
const urlOf = (f) => (f === 'enterprises' && big ? big : `default-${f}.geojson`);
Promise.all(files.map((f) => fetch(urlOf(f)).then((r) => r.json()))).then(
  ([district, context, zones, enterprises, projects]) => {
    const map = new maplibregl.Map({
      container: 'map',
      bounds: [106.249, 29.258, 106.549, 29.563],
      style: {
        version: 8,
        sources: {
          context: { type: 'geojson', data: context },
          district: { type: 'geojson', data: district },
          zones: { type: 'geojson', data: zones },
          enterprises: {
            type: 'geojson',
            data: enterprises,
            cluster: true,
            clusterRadius: 45,
            clusterMaxZoom: 13,
          },
          projects: {
            type: 'geojson',
            data: projects,
            cluster: true,
            clusterRadius: 45,
            clusterMaxZoom: 13,
          },
        },
        layers: [
          { id: 'bg', type: 'background', paint: { 'background-color': '#eef0f2' } },
          { id: 'ctx', type: 'fill', source: 'context', paint: { 'fill-color': '#e3e5e8' } },
          { id: 'district', type: 'fill', source: 'district', paint: { 'fill-color': '#fcfbf8' } },
          {
            id: 'zones',
            type: 'fill',
            source: 'zones',
            paint: { 'fill-color': '#0072B2', 'fill-opacity': 0.3 },
          },
          {
            id: 'zone-line',
            type: 'line',
            source: 'zones',
            paint: { 'line-color': '#0072B2', 'line-width': 2 },
          },
          {
            id: 'e',
            type: 'circle',
            source: 'enterprises',
            paint: { 'circle-color': '#3b4a5e', 'circle-radius': 6 },
          },
          {
            id: 'p',
            type: 'circle',
            source: 'projects',
            paint: { 'circle-color': '#6a3d9a', 'circle-radius': 6 },
          },
        ],
      },
    });
    map.once('idle', () => {
      document.body.dataset.state = 'idle';
    });
  },
);
