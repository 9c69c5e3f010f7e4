// The bare MapLibre page of the stream bench: the default files drawn with MapLibre alone,
// its own longest task is the baseline. Script and style are files (the preview server sends
// the app's Content-Security-Policy, which refuses inline ones).
// `?enterprises=<url>` draws that file instead of the default enterprises (the same records the
// app streams): handed to MapLibre as a URL, so its worker fetches, parses and clusters them and
// the page's main thread pays only what MapLibre itself needs (the most favourable bare page).
const files = ['district', 'context', 'zones', 'enterprises', 'projects'];
const own = new URLSearchParams(location.search).get('enterprises');
Promise.all(
  files.map((f) =>
    f === 'enterprises' && own ? own : fetch(`default-${f}.geojson`).then((r) => r.json()),
  ),
).then(([district, context, zones, enterprises, projects]) => {
  const clustered = { cluster: true, clusterRadius: 45, clusterMaxZoom: 13 };
  const map = new maplibregl.Map({
    container: 'map',
    center: [106.45, 29.45],
    zoom: 10,
    style: {
      version: 8,
      sources: {
        context: { type: 'geojson', data: context },
        district: { type: 'geojson', data: district },
        zones: { type: 'geojson', data: zones },
        enterprises: { type: 'geojson', data: enterprises, ...clustered },
        projects: { type: 'geojson', data: projects, ...clustered },
      },
      layers: [
        { id: 'bg', type: 'background', paint: { 'background-color': '#eef0f2' } },
        { id: 'ctx', type: 'fill', source: 'context', paint: { 'fill-color': '#e3e5e8' } },
        { id: 'district', type: 'fill', source: 'district', paint: { 'fill-color': '#fcfbf8' } },
        { id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-color': '#0072B2' } },
        { id: 'e', type: 'circle', source: 'enterprises', paint: { 'circle-radius': 6 } },
        { id: 'p', type: 'circle', source: 'projects', paint: { 'circle-radius': 6 } },
      ],
    },
  });
  map.once('idle', () => {
    document.body.dataset.state = 'idle';
  });
});
