import { isZoneId, type ZoneId } from '../domain/zone';

/** The map view as MapLibre's `hash: 'map'` writes it: `map=zoom/lat/lng[/bearing/pitch]`. */
export interface MapView {
  zoom: number;
  /** WGS-84 degrees. */
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

export interface HashState {
  view: MapView | null;
  zone: ZoneId | null;
  /** Other parameters, kept verbatim so features can own their own keys (e.g. filters). */
  rest: Map<string, string>;
  /** Parameters that were present but malformed, by key. */
  malformed: string[];
}

const VIEW_BOUNDS = { minZoom: 0, maxZoom: 22, maxLat: 85.0511 };

function parseView(raw: string): MapView | null {
  const parts = raw.split('/').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts.length < 3 || parts.length > 5 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom = 0, lat = 0, lng = 0, bearing = 0, pitch = 0] = parts;
  if (zoom < VIEW_BOUNDS.minZoom || zoom > VIEW_BOUNDS.maxZoom) return null;
  if (Math.abs(lat) > VIEW_BOUNDS.maxLat || Math.abs(lng) > 180) return null;
  if (pitch < 0 || pitch > 85) return null;
  return { zoom, lat, lng, bearing, pitch };
}

/** Parses `#map=…&zone=…&…`; never throws, malformed values are dropped and reported. */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: HashState = { view: null, zone: null, rest: new Map(), malformed: [] };
  for (const [key, value] of params) {
    if (key === 'map') {
      state.view = parseView(value);
      if (!state.view) state.malformed.push(key);
    } else if (key === 'zone') {
      state.zone = isZoneId(value) ? value : null;
      if (!state.zone) state.malformed.push(key);
    } else {
      state.rest.set(key, value);
    }
  }
  return state;
}

/** Same precision rule as MapLibre's hash: more decimals as the zoom grows. */
export function formatView(view: MapView): string {
  const precision = Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
  const m = 10 ** precision;
  const round = (n: number) => Math.round(n * m) / m;
  let out = `${Math.round(view.zoom * 100) / 100}/${round(view.lat)}/${round(view.lng)}`;
  if (view.bearing || view.pitch) out += `/${Math.round(view.bearing * 10) / 10}`;
  if (view.pitch) out += `/${Math.round(view.pitch)}`;
  return out;
}

/** Builds the hash; `/` and `:` stay readable, everything else is percent-encoded. */
export function formatHash(state: Omit<HashState, 'malformed'>): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  if (state.zone) parts.push(`zone=${state.zone}`);
  for (const [key, value] of state.rest) {
    if (value !== '')
      parts.push(
        `${key}=${encodeURIComponent(value).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',')}`,
      );
  }
  return parts.length ? `#${parts.join('&')}` : '';
}
