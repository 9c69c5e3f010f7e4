import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removeSceneItem, ringVertexCount } from '../../src/domain/briefing-edit';
import { validateBriefing } from '../../src/domain/briefing-validate';

const raw = JSON.parse(readFileSync('data/briefings/default.json', 'utf8'));
const check = validateBriefing(raw);
if (!check.ok) throw new Error('the default script is invalid');
const base = check.script.scenes[1];
if (!base) throw new Error('the default script has no second scene');
const ring: [number, number][] = [
  [106.3, 29.3],
  [106.4, 29.3],
  [106.4, 29.4],
  [106.3, 29.3],
];
const scene = {
  ...base,
  filter: {
    ...base.filter,
    shapes: [
      { kind: 'polygon' as const, ring },
      { kind: 'circle' as const, center: [106.31, 29.33] as [number, number], radiusKm: 1 },
    ],
    userZones: ['u:la', 'u:lb'],
    inView: [106.2, 29.3, 106.5, 29.5] as [number, number, number, number],
  },
  highlight: { records: ['e:a', 'p:b'] },
};

describe('removing what a scene holds in the editor', () => {
  it('removes one shape, record, user zone or the in-view box, and stays a valid scene', () => {
    let s = removeSceneItem(scene, { kind: 'shape', index: 0 });
    expect(s.filter.shapes.map((x) => x.kind)).toEqual(['circle']);
    s = removeSceneItem(s, { kind: 'userZone', index: 1 });
    expect(s.filter.userZones).toEqual(['u:la']);
    s = removeSceneItem(s, { kind: 'inView' });
    expect(s.filter.inView).toBeNull();
    s = removeSceneItem(s, { kind: 'record', index: 0 });
    expect(s.highlight).toEqual({ records: ['p:b'] });
    // The last record gone, the scene has no highlight (an empty list is refused by the schema).
    s = removeSceneItem(s, { kind: 'record', index: 0 });
    expect('highlight' in s).toBe(false);
    const again = validateBriefing({ ...raw, scenes: [JSON.parse(JSON.stringify(s))] });
    expect(again.ok).toBe(true);
    // The original is untouched.
    expect(scene.filter.shapes).toHaveLength(2);
    expect(scene.highlight.records).toHaveLength(2);
  });

  it('counts a closed ring without its closing vertex', () => {
    expect(ringVertexCount(ring)).toBe(3);
    expect(ringVertexCount(ring.slice(0, 3))).toBe(3);
  });
});
