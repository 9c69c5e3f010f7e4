import { MAP_VIEW_LIMITS } from '../domain/map-view';
import { type UserZoneId, userZoneLinkCode, userZoneOfLinkCode } from '../domain/user-zone';
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
  /** A user zone's open panel, `zone=u:<layer-id>` (whether this browser has it is checked later). */
  userZone?: UserZoneId | null;
  /** Other parameters, kept verbatim so features can own their own keys (e.g. filters). */
  rest: Map<string, string>;
  /** Parameters that were present but malformed, by key. */
  malformed: string[];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * A finite zoom, pitch or bearing is brought within what the map allows (zoom 7–18, pitch
 * 0–85°, bearing wrapped into [-180, 180)): a link from a newer version or another zoom range
 * still opens at the nearest view. A position off the globe or a non-number is malformed.
 */
function parseView(raw: string): MapView | null {
  const parts = raw.split('/').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts.length < 3 || parts.length > 5 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom = 0, lat = 0, lng = 0, bearing = 0, pitch = 0] = parts;
  const L = MAP_VIEW_LIMITS;
  if (Math.abs(lat) > L.maxLat || Math.abs(lng) > 180) return null;
  const wrapped = (((bearing % 360) + 540) % 360) - 180;
  return {
    zoom: clamp(zoom, L.minZoom, L.maxZoom),
    lat,
    lng,
    bearing: wrapped === 0 ? 0 : wrapped,
    pitch: clamp(pitch, 0, L.maxPitch),
  };
}

/** Parses `#map=…&zone=…&…`; never throws, malformed values are dropped and reported. */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: HashState = { view: null, zone: null, rest: new Map(), malformed: [] };
  let keptLength = 0;
  for (const [key, value] of params) {
    if (key === 'map') {
      state.view = parseView(value);
      if (!state.view) state.malformed.push(key);
    } else if (key === 'zone') {
      state.zone = isZoneId(value) ? value : null;
      state.userZone = state.zone ? null : userZoneOfLinkCode(value);
      if (!state.zone && !state.userZone) state.malformed.push(key);
    } else if (keptLength + key.length + value.length <= limitFor(key)) {
      keptLength += KNOWN_KEYS.has(key) ? 0 : key.length + value.length;
      state.rest.set(key, value);
    } else {
      if (state.malformed.length < 20) state.malformed.push(key.slice(0, 32));
    }
  }
  return state;
}

/** Keys other features own and bound themselves (the filter caps its own length). */
const KNOWN_KEYS = new Set(['f', 'sel']);
/**
 * Unknown keys are kept verbatim for a newer version of the app, but only this much of them:
 * a hash is re-parsed and re-written on every change, which must not cost more with junk in it.
 */
export const MAX_KEPT_REST = 2048;

function limitFor(key: string): number {
  return KNOWN_KEYS.has(key) ? Number.POSITIVE_INFINITY : MAX_KEPT_REST;
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
  else if (state.userZone) parts.push(`zone=${userZoneLinkCode(state.userZone)}`);
  for (const [key, value] of state.rest) {
    if (value !== '')
      parts.push(
        `${key}=${encodeURIComponent(value).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',')}`,
      );
  }
  return parts.length ? `#${parts.join('&')}` : '';
}
