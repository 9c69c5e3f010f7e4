import type maplibregl from 'maplibre-gl';
import { TerraDraw } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { DrawnShape } from '../domain/filter';
import type { DrawMode } from '../state/draw-slice';
import { createDrawModes, dashOutlines, guardMapClicks, whenStyleLoaded } from './draw-setup';
import { featureToShape, MODE_NAMES, newShapeId, pointCircle, shapeToFeature } from './draw-shapes';

type Listener<T> = (value: T) => void;

const PREFIX = 'draw';
/** Set on the map container while a drawing tool (not select) is active; see draw.css. */
const DRAWING_CLASS = 'jlp-map--drawing';

/** What the controller reports: shape lists, a completed drawing, the live circle radius. */
interface DrawEvents {
  change: DrawnShape[];
  drawn: undefined;
  radius: number | null;
  /** The circle being drawn or edited: its radius and the east end of its ring (the label). */
  radiusAt: { km: number; at: [number, number] } | null;
}

/**
 * terra-draw on the map: shows the filter's shapes and reports the user's drawing, editing and
 * deleting as whole shape lists. Shapes set from outside are never echoed back as changes.
 */
export class DrawController {
  private readonly draw: TerraDraw;
  private started = false;
  private mapRemoved = false;
  private destroyed = false;
  private muted = false;
  private mode: DrawMode | null = null;
  /** The shapes last set or reported, by id, and their order in the filter. */
  private known = new Map<string, DrawnShape>();
  private order: string[] = [];
  private pending: DrawnShape[] = [];
  private radiusKm: number | null = null;
  private cancelReady: (() => void) | null = null;
  private readonly unguard: () => void;
  private readonly listeners: { [K in keyof DrawEvents]: Set<Listener<DrawEvents[K]>> } = {
    change: new Set(),
    drawn: new Set(),
    radius: new Set(),
    radiusAt: new Set(),
  };

  constructor(private readonly map: maplibregl.Map) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: PREFIX }),
      modes: createDrawModes(),
      // Shape ids come from links too ("url-1"), so any non-empty string is an id.
      idStrategy: { isValidId: (id) => typeof id === 'string' && id !== '', getId: newShapeId },
    });
    this.draw.on('finish', (id, context) =>
      this.onFinish(String(id), context.mode, context.action),
    );
    this.draw.on('change', (ids, type) => this.onStoreChange(ids, type));
    this.unguard = guardMapClicks(map, () => this.mode !== null);
    map.once('remove', () => {
      this.mapRemoved = true;
    });
    this.cancelReady = whenStyleLoaded(map, () => this.start());
  }

  private start(): void {
    if (this.destroyed || this.mapRemoved) return;
    this.draw.start();
    this.started = true;
    dashOutlines(this.map, PREFIX);
    this.setShapes(this.pending);
    this.setMode(this.mode);
  }

  setMode(mode: DrawMode | null): void {
    this.mode = mode;
    this.map.getContainer().classList.toggle(DRAWING_CLASS, mode !== null && mode !== 'select');
    this.setRadius(null);
    this.fire('radiusAt', null);
    const name = mode ?? MODE_NAMES.none;
    // Setting the same mode again would restart it and drop a half-drawn shape.
    if (this.started && this.draw.getMode() !== name) this.draw.setMode(name);
  }

  /** Shows exactly these shapes; only those that differ from what is drawn are redrawn. */
  setShapes(shapes: DrawnShape[]): void {
    if (!this.started) {
      this.pending = shapes;
      return;
    }
    const next = new Map(shapes.map((s) => [s.id, s]));
    const stale = [...this.known.keys()].filter((id) => next.get(id) !== this.known.get(id));
    const fresh = shapes.filter((s) => this.known.get(s.id) !== s);
    this.silently(() => {
      const present = stale.filter((id) => this.draw.hasFeature(id));
      if (present.length > 0) this.draw.removeFeatures(present);
      this.addShapes(fresh);
    });
    this.remember(shapes);
  }

  private addShapes(shapes: DrawnShape[]): void {
    if (shapes.length === 0) return;
    const results = this.draw.addFeatures(shapes.map((s) => shapeToFeature(s)));
    const rejected = shapes.filter((s) => !results.find((r) => r.id === s.id)?.valid);
    if (rejected.length > 0) {
      this.draw.addFeatures(rejected.map((s) => shapeToFeature(s, MODE_NAMES.fixed)));
    }
  }

  /** Called with the whole new shape list after the user draws, edits or deletes. */
  onChange(cb: Listener<DrawnShape[]>): () => void {
    return this.on('change', cb);
  }

  /** 'drawn': a new shape was completed (not an edit); 'radius': km of the circle being drawn. */
  on<K extends keyof DrawEvents>(event: K, cb: Listener<DrawEvents[K]>): () => void {
    this.listeners[event].add(cb);
    return () => this.listeners[event].delete(cb);
  }

  private fire<K extends keyof DrawEvents>(event: K, value: DrawEvents[K]): void {
    for (const cb of this.listeners[event]) cb(value);
  }

  private onFinish(id: string, mode: string, action: string): void {
    const changed = mode === MODE_NAMES.point ? this.pointToCircle(id) : id;
    this.setRadius(null);
    this.emit(changed);
    if (action === 'draw') this.fire('drawn', undefined);
  }

  /** "Within N km of a point": the clicked point becomes a circle of the default radius. */
  private pointToCircle(pointId: string): string {
    const circle = pointCircle(this.draw.getSnapshotFeature(pointId));
    if (!circle) return pointId;
    this.silently(() => {
      this.draw.removeFeatures([pointId]);
      this.draw.addFeatures([shapeToFeature(circle)]);
    });
    return circle.id;
  }

  private onStoreChange(ids: (string | number)[], type: string): void {
    // A circle selected for editing (moved, or its radius typed in the shape list) shows its
    // radius too, also when the change came from outside.
    if (this.mode === 'select') this.showSelectedCircle();
    if (this.muted) return;
    // Deleting in select mode (the Delete key) has no finish event.
    if (type === 'delete' && ids.some((id) => this.known.has(String(id)))) this.emit();
    if (this.mode !== 'circle' || ids[0] === undefined) return;
    const feature = this.draw.getSnapshotFeature(ids[0]);
    const drawing = feature?.properties;
    const radius = drawing?.currentlyDrawing === true ? drawing.radiusKilometers : null;
    this.setRadius(typeof radius === 'number' ? radius : null);
    const east = typeof radius === 'number' && feature ? eastEnd(feature) : null;
    if (typeof radius === 'number' && east) this.fire('radiusAt', { km: radius, at: east });
  }

  private showSelectedCircle(): void {
    const circle = this.draw
      .getSnapshot()
      .find(
        (f) => f.properties.selected === true && typeof f.properties.radiusKilometers === 'number',
      );
    const km = circle?.properties.radiusKilometers;
    const east = circle ? eastEnd(circle) : null;
    this.fire('radiusAt', typeof km === 'number' && east ? { km, at: east } : null);
  }

  private setRadius(km: number | null): void {
    if (km === this.radiusKm) return;
    this.radiusKm = km;
    this.fire('radius', km);
    if (km === null) this.fire('radiusAt', null);
  }

  /** Reports the drawn shapes: kept ones as they were given, `changedId` re-read from the map. */
  private emit(changedId?: string): void {
    const byId = new Map<string, DrawnShape>();
    for (const feature of this.draw.getSnapshot()) {
      const id = String(feature.id);
      const known = this.known.get(id);
      const shape = known && id !== changedId ? known : featureToShape(feature);
      if (shape) byId.set(id, shape);
    }
    const ids = [...this.order, ...[...byId.keys()].filter((id) => !this.known.has(id))];
    const shapes = ids.flatMap((id) => byId.get(id) ?? []);
    this.remember(shapes);
    this.fire('change', shapes);
  }

  private remember(shapes: DrawnShape[]): void {
    this.known = new Map(shapes.map((s) => [s.id, s]));
    this.order = shapes.map((s) => s.id);
  }

  /** Store changes made here are the app's own, not the user's: they must not be reported. */
  private silently(fn: () => void): void {
    this.muted = true;
    try {
      fn();
    } finally {
      this.muted = false;
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.cancelReady?.();
    this.unguard();
    this.map.getContainer().classList.remove(DRAWING_CLASS);
    // After map.remove() the style is gone: stopping would try to remove layers from nothing.
    if (this.started && !this.mapRemoved) this.draw.stop();
    for (const set of Object.values(this.listeners)) set.clear();
  }
}

/** The easternmost vertex of a polygon feature's outer ring: where the radius label sits. */
function eastEnd(feature: {
  geometry: { type: string; coordinates: unknown };
}): [number, number] | null {
  if (feature.geometry.type !== 'Polygon') return null;
  const ring = (feature.geometry.coordinates as [number, number][][])[0];
  if (!ring?.length) return null;
  let east = ring[0] as [number, number];
  for (const p of ring) if (p[0] > east[0]) east = p;
  return east;
}
