import type { RasterSourceSpecification } from 'maplibre-gl';
import {
  type BasemapId,
  type CustomBasemap,
  OSM_ATTRIBUTION,
  TIANDITU_ATTRIBUTION,
} from '../domain/basemap';
import type { Lang } from '../i18n/translate';
import { OPENFREEMAP_ORIGINS, OSM_ORIGINS, TIANDITU_ORIGINS } from './basemap-origins';

/** What the map needs to show one basemap. */
export interface BasemapSpec {
  id: BasemapId;
  lang: Lang;
  /** Tianditu browser key (tk). */
  tiandituKey: string;
  custom: CustomBasemap | null;
}

export const OPENFREEMAP_STYLE = `${OPENFREEMAP_ORIGINS[0]}/styles/liberty`;

/** One Tianditu WMTS `_w` (Web Mercator) layer over the 8 hosts; row is {y}, column {x}. */
function tianditu(layer: string, key: string): RasterSourceSpecification {
  return {
    type: 'raster',
    tileSize: 256,
    maxzoom: 18,
    attribution: TIANDITU_ATTRIBUTION,
    tiles: TIANDITU_ORIGINS.map(
      (host) =>
        `${host}/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
        `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}` +
        `&tk=${encodeURIComponent(key)}`,
    ),
  };
}

/**
 * Raster sources of a tiled basemap, bottom to top (base, then annotation). Null for the
 * offline map and for the vector style, which are handled differently.
 */
export function rasterSources(spec: BasemapSpec): RasterSourceSpecification[] | null {
  // Annotation in the UI's language: cva/cia Chinese, eva/eia English.
  const en = spec.lang === 'en';
  switch (spec.id) {
    case 'tdt-vec':
      return [tianditu('vec', spec.tiandituKey), tianditu(en ? 'eva' : 'cva', spec.tiandituKey)];
    case 'tdt-img':
      return [tianditu('img', spec.tiandituKey), tianditu(en ? 'eia' : 'cia', spec.tiandituKey)];
    case 'osm':
      return [
        {
          type: 'raster',
          tileSize: 256,
          maxzoom: 19,
          attribution: OSM_ATTRIBUTION,
          tiles: [`${OSM_ORIGINS[0]}/{z}/{x}/{y}.png`],
        },
      ];
    case 'custom': {
      if (!spec.custom) return null;
      const tms = spec.custom.url.includes('{-y}');
      return [
        {
          type: 'raster',
          tileSize: 256,
          scheme: tms ? 'tms' : 'xyz',
          tiles: [spec.custom.url.replace('{-y}', '{y}')],
        },
      ];
    }
    default:
      return null;
  }
}
