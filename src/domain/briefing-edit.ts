import type { BriefingScene } from './briefing';

/** One entry of what a scene holds, as the editor lists it. */
export type SceneItem =
  | { kind: 'shape'; index: number }
  | { kind: 'record'; index: number }
  | { kind: 'userZone'; index: number }
  | { kind: 'inView' };

const without = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** The scene without one of its shapes, highlighted records, user zones or its in-view box. */
export function removeSceneItem(scene: BriefingScene, item: SceneItem): BriefingScene {
  const f = scene.filter;
  switch (item.kind) {
    case 'shape':
      return { ...scene, filter: { ...f, shapes: without(f.shapes, item.index) } };
    case 'userZone':
      return { ...scene, filter: { ...f, userZones: without(f.userZones, item.index) } };
    case 'inView':
      return { ...scene, filter: { ...f, inView: null } };
    case 'record': {
      const records = without(scene.highlight?.records ?? [], item.index);
      // The schema refuses an empty list: no records left means no highlight.
      const { highlight: _gone, ...rest } = scene;
      return records.length > 0 ? { ...rest, highlight: { records } } : rest;
    }
  }
}

/** A polygon ring's vertex count, without the closing repeat of the first. */
export function ringVertexCount(ring: readonly (readonly [number, number])[]): number {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.length - 1 : ring.length;
}
