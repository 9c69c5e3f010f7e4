import type maplibregl from 'maplibre-gl';
import type { BasemapFailure } from '../domain/basemap';
import type { EntityHandlers } from './entity-controller';
import { wallScaledLayerIds } from './scaled-layers';

/**
 * A part of the map whose code is not in the first paint: it is imported when first needed,
 * and calls made while it loads run once it is there, in the order they were made.
 */
export class LazyPart<M, T> {
  private part: T | null = null;
  private loading = false;
  private dead = false;
  private readonly queue: ((part: T) => void)[] = [];

  constructor(
    private readonly load: () => Promise<M>,
    private readonly create: (module: M) => T,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** The part once it has loaded (null before), for a call that must answer at once. */
  get loaded(): T | null {
    return this.part;
  }

  /**
   * Runs `fn` on the part. `needed` false: a call that changes nothing on a map without the
   * part (hiding what was never shown) is dropped instead of loading the part for it.
   */
  run(fn: (part: T) => void, needed = true): void {
    if (this.dead) return;
    if (this.part) {
      fn(this.part);
      return;
    }
    if (!this.loading && !needed) return;
    this.queue.push(fn);
    if (this.loading) return;
    this.loading = true;
    this.load().then((module) => {
      if (this.dead) return;
      const part = this.create(module);
      this.part = part;
      for (const next of this.queue.splice(0)) next(part);
    }, this.onError);
  }

  /** No call runs after this; `fn` cleans up the part if it has loaded. */
  destroy(fn: (part: T) => void): void {
    this.dead = true;
    this.queue.length = 0;
    if (this.part) fn(this.part);
  }
}

/** JlpMap's parts that are not in the first paint: each loads with its first use. */
export function lazyParts(
  map: maplibregl.Map,
  handlers: () => EntityHandlers,
  onBasemapFail: (reason: BasemapFailure) => void,
  onError: (error: unknown) => void,
) {
  const part = <M, T>(load: () => Promise<M>, create: (m: M) => T) =>
    new LazyPart(load, create, onError);
  /**
   * Records and clusters: fetched now, beside the style, and created at JlpMap's `style.load`;
   * calls made before it is there run once it is, in order.
   */
  void import('./entity-controller');
  const entities = part(
    () => import('./entity-controller'),
    (m) => new m.EntityController(map, handlers),
  );
  return {
    entities,
    /** Wall scaling: loaded when the display scale is first other than 1. */
    scaler: part(
      () => import('./display-scale'),
      (m) =>
        new m.DisplayScaler(map, wallScaledLayerIds, (k) =>
          entities.run((e) => e.setClusterScale(k)),
        ),
    ),
    density: part(
      () => import('./density-layers'),
      (m) => new m.DensityLayers(map),
    ),
    basemaps: part(
      () => import('./basemap-controller'),
      (m) => new m.BasemapController(map, onBasemapFail),
    ),
    userLayers: part(
      () => import('./user-layers'),
      (m) => new m.UserLayers(map),
    ),
    highlights: part(
      () => import('./highlight-layers'),
      (m) => new m.RecordHighlights(map),
    ),
  };
}

export type MapParts = ReturnType<typeof lazyParts>;

/** Stops every part: none runs a call after this, and those that loaded clean up. */
export function destroyParts(parts: MapParts): void {
  parts.basemaps.destroy((b) => b.destroy());
  parts.entities.destroy((e) => e.destroy());
  parts.density.destroy((d) => d.destroy());
  for (const p of [parts.scaler, parts.userLayers, parts.highlights]) p.destroy(() => undefined);
}
