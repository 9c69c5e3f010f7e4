// Baseline for a filter click: MapLibre alone receiving the same points (ids only) with
// setData into a clustered source, timed from the call to the map's next idle.
const url = new URLSearchParams(location.search).get('points');
const map = new maplibregl.Map({
  container: 'map',
  bounds: [106.249, 29.258, 106.549, 29.563],
  fadeDuration: 0,
  style: {
    version: 8,
    sources: {
      e: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        cluster: true,
        clusterRadius: 45,
        clusterMaxZoom: 13,
      },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#eef0f2' } },
      {
        id: 'c',
        type: 'circle',
        source: 'e',
        filter: ['has', 'point_count'],
        paint: { 'circle-color': '#3b4a5e', 'circle-radius': 14 },
      },
      {
        id: 'n',
        type: 'symbol',
        source: 'e',
        filter: ['has', 'point_count'],
        layout: {
          'text-field': ['get', 'point_count_abbreviated'],
          'text-size': 12,
          'text-allow-overlap': true,
        },
      },
      {
        id: 'p',
        type: 'circle',
        source: 'e',
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': '#3b4a5e', 'circle-radius': 5 },
      },
    ],
  },
});
let points = null;
const ready = fetch(url)
  .then((r) => r.json())
  .then((fc) => {
    points = {
      type: 'FeatureCollection',
      features: fc.features.map((f, i) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: { i },
      })),
    };
  });
Promise.all([ready, new Promise((r) => map.once('idle', r))]).then(() => {
  document.body.dataset.state = 'idle';
});
// Returns ms from setData of all the points to the map's next idle.
window.__setData = () =>
  new Promise((resolve) => {
    const t0 = performance.now();
    map.once('idle', () => resolve(performance.now() - t0));
    map.getSource('e').setData(points);
  });
