import type { FeatureCollection } from 'geojson';
import type { TileCrs } from '../domain/basemap';
import { collectionForDisplay } from '../geo/display-shift';

/**
 * Keeps the WGS-84 collections handed to the map and sends them on in the basemap's grid:
 * as given for WGS-84, shifted for GCJ-02. A change of grid re-sends every one of them.
 */
export class DisplaySources {
  private crs: TileCrs = 'WGS-84';
  private readonly raw = new Map<string, FeatureCollection>();

  constructor(private readonly send: (id: string, fc: FeatureCollection) => void) {}

  get current(): TileCrs {
    return this.crs;
  }

  set(id: string, fc: FeatureCollection): void {
    this.raw.set(id, fc);
    this.send(id, collectionForDisplay(fc, this.crs));
  }

  /** Returns false when the grid did not change. */
  setCrs(crs: TileCrs): boolean {
    if (crs === this.crs) return false;
    this.crs = crs;
    for (const [id, fc] of this.raw) this.send(id, collectionForDisplay(fc, crs));
    return true;
  }
}
