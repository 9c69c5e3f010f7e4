import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import type { DrawnShape, LngLat } from '../../src/domain/filter';
import { buildEntityIndex } from '../../src/geo/entity-index';
import { applyFilter, type DatasetMatch } from '../../src/geo/filter-engine';
import { company, type FilterWorld, spec, works, world } from './builders/filter-world';

function run(w: FilterWorld, over: Parameters<typeof spec>[0]) {
  const result = applyFilter(
    buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush),
    spec(over),
  );
  const names = (m: DatasetMatch, records: readonly { id: string }[]) =>
    Array.from(m.indices, (i) => records[i]?.id);
  return {
    enterprises: names(result.enterprises, w.enterprises),
    projects: names(result.projects, w.projects),
    result,
  };
}

/** Points 1 km apart roughly, near 杨家坪. */
const P = (dx: number, dy: number): LngLat => [106.5 + dx * 0.01, 29.5 + dy * 0.01];

describe('applyFilter: shapes and view', () => {
  const grid = () =>
    world(
      [-2, -1, 0, 1, 2].flatMap((x) =>
        [-2, -1, 0, 1, 2].map((y) => ({ record: company(`${x},${y}`, P(x, y)) })),
      ),
    );

  it('keeps the points inside a polygon ring, closed or not', () => {
    const ring: LngLat[] = [P(-0.5, -0.5), P(1.5, -0.5), P(1.5, 1.5), P(-0.5, 1.5)];
    const open = run(grid(), { shapes: [{ kind: 'polygon', id: 'a', ring }] }).enterprises;
    const closed = run(grid(), {
      shapes: [{ kind: 'polygon', id: 'a', ring: [...ring, P(-0.5, -0.5)] }],
    }).enterprises;
    expect(open).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(closed).toEqual(open);
  });

  it('treats a self-touching ring by even-odd: its inner loop is a hole', () => {
    // Outer square ±1.5 walked from its corner, then an inner square ±0.5 entered at the same
    // corner vertex: the ring touches itself at (−1.5, −1.5) only.
    const ring: LngLat[] = [
      P(-1.5, -1.5),
      P(1.5, -1.5),
      P(1.5, 1.5),
      P(-1.5, 1.5),
      P(-1.5, -1.5),
      P(-0.5, -0.5),
      P(-0.5, 0.5),
      P(0.5, 0.5),
      P(0.5, -0.5),
      P(-0.5, -0.5),
    ];
    const got = run(grid(), { shapes: [{ kind: 'polygon', id: 'a', ring }] }).enterprises;
    expect(got).toHaveLength(8);
    expect(got).not.toContain('0,0');
  });

  it('keeps the points in a rectangle, inclusive, corners in any order', () => {
    const bbox = [P(1, 1)[0], P(1, 1)[1], P(-1, 0)[0], P(-1, 0)[1]] as const;
    const got = run(grid(), { shapes: [{ kind: 'rectangle', id: 'r', bbox: [...bbox] }] });
    expect(got.enterprises).toEqual(['-1,0', '-1,1', '0,0', '0,1', '1,0', '1,1']);
  });

  it('keeps the points within a geodesic radius of a circle centre', () => {
    const centre: LngLat = [106.5, 29.5];
    // 0.018° of latitude ≈ 2.0015 km; 0.0175° ≈ 1.946 km.
    const w = world([
      { record: company('in', [106.5, 29.5175]) },
      { record: company('out', [106.5, 29.518]) },
    ]);
    const circle = { kind: 'circle', id: 'c', center: centre, radiusKm: 2 } as const;
    expect(run(w, { shapes: [circle] }).enterprises).toEqual(['in']);
  });

  it('combines several shapes as a union', () => {
    const got = run(grid(), {
      shapes: [
        { kind: 'rectangle', id: 'r', bbox: [...P(-2, -2), ...P(-2, -2)] },
        { kind: 'circle', id: 'c', center: P(2, 2), radiusKm: 0.1 },
        { kind: 'polygon', id: 'p', ring: [P(-0.1, -0.1), P(0.1, -0.1), P(0, 0.1)] },
      ],
    });
    expect(got.enterprises).toEqual(['-2,-2', '0,0', '2,2']);
  });

  it('matches nothing with a degenerate shape alone', () => {
    const got = run(grid(), { shapes: [{ kind: 'polygon', id: 'p', ring: [P(0, 0), P(1, 1)] }] });
    expect(got.enterprises).toEqual([]);
  });

  it('keeps the points in view, inclusive', () => {
    const got = run(grid(), { inView: [...P(1, 1), ...P(2, 2)] });
    expect(got.enterprises).toEqual(['1,1', '1,2', '2,1', '2,2']);
  });

  it('tests a project with a site at its representative point', () => {
    const site = {
      type: 'Polygon' as const,
      coordinates: [[P(-2, -2), P(2, -2), P(2, 2), P(-2, 2), P(-2, -2)]],
    };
    const w = world([], [{ record: works('site', P(1.9, 1.9), { site }) }]);
    const near = { kind: 'circle', id: 'c', center: P(0, 0), radiusKm: 0.5 } as const;
    expect(run(w, { shapes: [near] }).projects).toEqual([]);
    expect(run(w, { inView: [...P(1.8, 1.8), ...P(2, 2)] }).projects).toEqual(['site']);
  });

  it('gives the same answer when only an attribute changes after a shape (cached bitsets)', () => {
    const w = world([
      { record: company('h2', P(0, 0), { industry: '氢能源' }) },
      { record: company('auto', P(0, 0), { industry: '汽车摩托车' }) },
      { record: company('far', P(2, 2), { industry: '氢能源' }) },
    ]);
    const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
    const shapes = [{ kind: 'circle', id: 'c', center: P(0, 0), radiusKm: 1 } as const];
    expect(applyFilter(index, spec({ shapes })).enterprises.indices).toEqual(
      Uint32Array.from([0, 1]),
    );
    expect(
      applyFilter(index, spec({ shapes, industries: ['氢能源'] })).enterprises.indices,
    ).toEqual(Uint32Array.from([0]));
  });

  it('recomputes a cached criterion when any of its values changes', () => {
    const w = grid();
    const index = buildEntityIndex(w.enterprises, w.projects, w.link, Flatbush);
    const count = (over: Parameters<typeof spec>[0]) =>
      applyFilter(index, spec(over)).enterprises.count;
    expect(count({ inView: [...P(-2, -2), ...P(0, 0)] })).toBe(9);
    expect(count({ inView: [...P(-2, -2), ...P(2, 2)] })).toBe(25);
    const circle = (radiusKm: number): DrawnShape => ({
      kind: 'circle',
      id: 'c',
      center: P(0, 0),
      radiusKm,
    });
    expect(count({ shapes: [circle(0.5)] })).toBe(1);
    // Neighbours are 0.97 km (east-west) and 1.11 km (north-south) away, diagonals 1.47 km.
    expect(count({ shapes: [circle(1.2)] })).toBe(5);
  });
});
