import type { FeatureCollection } from 'geojson';
import type maplibregl from 'maplibre-gl';
import type { BBox } from '../geo/bbox';
import { sameBits } from '../geo/bitset-equal';
import {
  type Cover,
  coverContains,
  coverOf,
  type ViewSource,
  viewFeatures,
} from '../geo/cluster-view';

/** Whether two view sources draw the same clusters (same points, classes and matches). */
function sameView(a: ViewSource, b: ViewSource): boolean {
  if (a === b) return true;
  return a.lng === b.lng && a.lat === b.lat && a.classes === b.classes && sameBits(a.bits, b.bits);
}

export type ClusterKind = 'enterprises' | 'projects';

/**
 * How far past the view (in view sizes, each side) the handed-over clusters reach: pans within
 * that margin need no new data; leaving it or changing zoom level sends one small collection.
 */
const MARGIN = 1;

/**
 * Feeds MapLibre our own clusters: for each kind, the clusters and points of the current filter
 * result in and around the view at the current zoom (a few hundred features, whatever the
 * record count), recomputed on a filter change, a zoom level change or a pan past the margin.
 */
export class ClusterFeed {
  private readonly sources = new Map<ClusterKind, ViewSource>();
  private readonly covers = new Map<ClusterKind, Cover>();
  /** How many collections were handed over (tests and benchmarks read it). */
  uploads = 0;
  /**
   * log2 of the display scale: on a wall drawn k times larger, clusters are gathered from the
   * grid level of a zoom log2(k) lower, so each covers k times the pixels, as designed.
   */
  private zoomOffset = 0;

  constructor(
    private readonly map: maplibregl.Map,
    private readonly setData: (kind: ClusterKind, data: FeatureCollection) => void,
  ) {
    map.on('moveend', () => {
      for (const kind of this.sources.keys()) this.refresh(kind, false);
    });
  }

  set(kind: ClusterKind, source: ViewSource): void {
    // The same records again (the store subscription sent them before React's effect did, or
    // a new result object with equal bits): nothing new to draw.
    const have = this.sources.get(kind);
    if (have && sameView(have, source)) return;
    this.sources.set(kind, source);
    this.refresh(kind, true);
  }

  setScale(k: number): void {
    const offset = Math.log2(Math.max(1, k));
    if (offset === this.zoomOffset) return;
    this.zoomOffset = offset;
    for (const kind of this.sources.keys()) this.refresh(kind, true);
  }

  private viewBox(): BBox {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  private refresh(kind: ClusterKind, force: boolean): void {
    const source = this.sources.get(kind);
    if (!source) return;
    const box = this.viewBox();
    const zoom = Math.max(0, this.map.getZoom() - this.zoomOffset);
    const have = this.covers.get(kind);
    if (!force && have && coverContains(have, coverOf(box, zoom, 0))) return;
    const cover = coverOf(box, zoom, MARGIN);
    this.covers.set(kind, cover);
    this.uploads++;
    this.setData(kind, viewFeatures(source, cover, zoom));
  }
}
