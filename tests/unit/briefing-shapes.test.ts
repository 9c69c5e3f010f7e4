import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBriefing } from '../../src/domain/briefing-validate';
import type { DrawnShape } from '../../src/domain/filter';
import { encodeShape } from '../../src/geo/coord-text';
import { sceneFromState } from '../../src/state/briefing-capture';
import { decodeFilter } from '../../src/state/filter-decode';
import { encodeFilter } from '../../src/state/filter-url';
import { createAppStore } from '../../src/state/store';

const raw = JSON.parse(readFileSync('data/briefings/default.json', 'utf8')) as {
  scenes: Record<string, unknown>[];
};

/** The default script with filter.shapes of scene n (1-based) replaced. */
function withShapes(n: number, shapes: unknown) {
  const copy = structuredClone(raw);
  const scene = copy.scenes[n - 1] as { filter?: Record<string, unknown> };
  scene.filter = { ...scene.filter, shapes };
  return validateBriefing(copy);
}

const issuesOf = (n: number, shapes: unknown) => {
  const check = withShapes(n, shapes);
  return check.ok ? [] : check.issues.map((i) => `${i.scene}:${i.sceneId}:${i.field}:${i.problem}`);
};

const ring: [number, number][] = [
  [106.3, 29.3],
  [106.4, 29.3],
  [106.4, 29.4],
  [106.3, 29.3],
];

describe('drawn shapes in briefing scenes', () => {
  it('reads polygons, rectangles and circles, rounded to 1e-5° as a shared link keeps them', () => {
    const check = withShapes(2, [
      { kind: 'polygon', ring: [[106.300004, 29.3], ...ring.slice(1)] },
      { kind: 'rectangle', bbox: [106.3, 29.3, 106.35, 29.35] },
      { kind: 'circle', center: [106.31, 29.33], radiusKm: 1.5000001 },
    ]);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.script.scenes[1]?.filter.shapes).toEqual([
      { kind: 'polygon', ring },
      { kind: 'rectangle', bbox: [106.3, 29.3, 106.35, 29.35] },
      { kind: 'circle', center: [106.31, 29.33], radiusKm: 1.5 },
    ]);
    // Absent means none.
    expect(check.script.scenes[0]?.filter.shapes).toEqual([]);
  });

  it('names the scene and field of each bad shape', () => {
    expect(issuesOf(3, [{ kind: 'polygon', ring: ring.slice(0, 2) }])).toEqual([
      '3:jiulong:filter.shapes[0].ring:range',
    ]);
    expect(issuesOf(3, [{ kind: 'polygon', ring: [ring[0], [200, 29], ring[2]] }])).toEqual([
      '3:jiulong:filter.shapes[0].ring[1]:range',
    ]);
    expect(issuesOf(2, [{ kind: 'rectangle', bbox: [106.4, 29.3, 106.3, 29.4] }])).toEqual([
      '2:xipeng:filter.shapes[0].bbox:range',
    ]);
    expect(issuesOf(2, [{ kind: 'circle', center: [106.3, 29.3], radiusKm: 500 }])).toEqual([
      '2:xipeng:filter.shapes[0].radiusKm:range',
    ]);
    expect(issuesOf(2, [{ kind: 'circle', center: ['106', 29.3], radiusKm: 1 }])).toEqual([
      '2:xipeng:filter.shapes[0].center:type',
    ]);
    expect(issuesOf(2, [{ kind: 'hexagon' }, 'p:abc'])).toEqual([
      '2:xipeng:filter.shapes[0].kind:format',
      '2:xipeng:filter.shapes[1]:type',
    ]);
    expect(issuesOf(2, { kind: 'circle' })).toEqual(['2:xipeng:filter.shapes:type']);
  });

  it('refuses a comb-shaped ring and more shape work than a shared link allows', () => {
    // A zigzag a horizontal line crosses ~200 times: every record would test that many edges.
    const comb: [number, number][] = [];
    for (let i = 0; i <= 200; i++) comb.push([106 + i * 0.001, i % 2 === 0 ? 29 : 29.5]);
    comb.push([106.2, 28.9], [106, 28.9], [106, 29]);
    expect(issuesOf(4, [{ kind: 'polygon', ring: comb }])).toEqual([
      '4:yangjiaping:filter.shapes[0].ring:format',
    ]);
    // 16 circles are a link's whole budget (3 each); 15 and a polygon (8 and more) are over it.
    const circles = Array.from({ length: 16 }, (_, i) => ({
      kind: 'circle',
      center: [106.3 + i * 0.01, 29.3],
      radiusKm: 1,
    }));
    expect(issuesOf(4, circles)).toEqual([]);
    const over = [...circles.slice(1), { kind: 'polygon', ring }];
    expect(issuesOf(4, over)).toEqual(['4:yangjiaping:filter.shapes:range']);
  });

  it('captures drawn shapes and replays them as the same filter, shared-link text unchanged', () => {
    const drawn: DrawnShape[] = [
      { kind: 'polygon', id: 'd1', ring: ring.map(([x, y]) => [x + 3e-7, y - 2e-7]) },
      { kind: 'circle', id: 'd2', center: [106.45, 29.48], radiusKm: 2.25 },
    ];
    const author = createAppStore();
    author.setState((s) => ({ filter: { ...s.filter, shapes: drawn } }));
    const scene = sceneFromState(author.getState(), { width: 1920, height: 1080 }, 's1');
    expect(scene.filter.shapes.map((s) => s.kind)).toEqual(['polygon', 'circle']);
    const script = JSON.parse(
      JSON.stringify({ id: 'x', title_zh: 'x', title_en: 'x', scenes: [scene] }),
    );
    const check = validateBriefing(script);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const player = createAppStore();
    player.getState().startBriefing(check.script);
    const replayed = player.getState().filter.shapes;
    // What the author's link says, the player's link says: the link format is the same.
    expect(replayed.map(encodeShape)).toEqual(drawn.map(encodeShape));
    expect(encodeFilter(player.getState().filter)).toBe(encodeFilter(author.getState().filter));
    // And it decodes back to the same shapes (the shared-link codec did not change).
    const decoded = decodeFilter(encodeFilter(player.getState().filter)).spec.shapes;
    expect(decoded.map(encodeShape)).toEqual(drawn.map(encodeShape));
    // A scene without shapes clears them.
    const tour = validateBriefing(raw);
    if (!tour.ok) throw new Error('the default script is invalid');
    player.getState().startBriefing(tour.script);
    expect(player.getState().filter.shapes).toEqual([]);
  });
});
