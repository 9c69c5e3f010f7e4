import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../src/domain/filter';
import { bandCountFor, ENTRIES_PER_EDGE, meanCrossings } from '../../src/geo/band-count';
import { encodeRing } from '../../src/geo/coord-text';
import { pointInPart } from '../../src/geo/point-in-part';
import { prepareRing, ringBandLoad } from '../../src/geo/polygon-test';
import { preparePart } from '../../src/geo/prepared-part';
import { MAX_MEAN_CROSSINGS } from '../../src/geo/shape-codec';
import { shapeWork } from '../../src/geo/shape-work';
import { decodeFilter, MAX_SHAPE_WORK, MAX_TOTAL_VERTICES } from '../../src/state/filter-decode';
import { encodeFilter } from '../../src/state/filter-url';
import { formatHash, MAX_KEPT_REST, parseHash } from '../../src/state/url-hash';

/** n vertices alternating between the bottom and the top of a 0.1° box: every edge spans it. */
function zigzag(n: number, x0 = 106.3, y0 = 29.3): LngLat[] {
  return Array.from({ length: n }, (_, i): LngLat => [x0 + (i * 0.1) / n, y0 + (i % 2) * 0.1]);
}

/** Even-odd crossing test over every edge: the oracle for the banded tests. */
function naiveContains(ring: readonly LngLat[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LngLat;
    const [xj, yj] = ring[j] as LngLat;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('shape preparation is linear in vertices whatever the layout', () => {
  it('a 5,000-vertex zigzag ring fills at most ENTRIES_PER_EDGE band slots per edge', () => {
    const ring = zigzag(5000);
    const part = preparePart([ring]);
    expect(part.bandEdges.length).toBeLessThanOrEqual(ENTRIES_PER_EDGE * 5001);
    expect(part.bandCount).toBeGreaterThanOrEqual(1);
  });

  it('an ordinary ring keeps its fine bands (one per two edges)', () => {
    const circle = Array.from({ length: 400 }, (_, i): LngLat => {
      const a = (i / 400) * 2 * Math.PI;
      return [106.4 + 0.1 * Math.cos(a), 29.4 + 0.1 * Math.sin(a)];
    });
    expect(preparePart([circle]).bandCount).toBe(200);
    expect(bandCountFor(400, 0.4, 0.2, 200)).toBe(200);
  });

  it('zigzag rings still answer exactly like the naive even-odd test', () => {
    const ring = zigzag(301);
    const prepared = prepareRing(ring);
    const part = preparePart([ring]);
    let inside = 0;
    for (let i = 0; i < 2000; i++) {
      const x = 106.3 + ((i * 7919) % 1000) / 10000 + 1e-7;
      const y = 29.3 + ((i * 104729) % 1000) / 10000 + 1e-7;
      const want = naiveContains(ring, x, y);
      if (want) inside++;
      expect(prepared?.contains(x, y), `${x},${y}`).toBe(want);
      expect(pointInPart(part, x, y), `${x},${y}`).toBe(want);
    }
    expect(inside).toBeGreaterThan(100);
  });
});

describe('a shared link is bounded', () => {
  it('refuses a ring whose edges a latitude meets too often (a zigzag), keeps an ordinary one', () => {
    expect(meanCrossings(zigzag(200))).toBeGreaterThan(MAX_MEAN_CROSSINGS);
    const bad = decodeFilter(`p:${encodeRing(zigzag(200))};z:xipeng`);
    expect(bad.spec.shapes).toEqual([]);
    expect(bad.spec.zones).toEqual(['xipeng-park']);
    expect(bad.ignored).toHaveLength(1);
    const ok = zigzag(20);
    expect(decodeFilter(`p:${encodeRing(ok)}`).spec.shapes).toHaveLength(1);
  });

  it('caps the vertices over all shapes of one link', () => {
    // Diamonds with their sides cut into 1,250 edges each (5,000 vertices, the most a ring may
    // have): every band holds few edges. Four reach both the vertex and the work cap.
    const corners: LngLat[] = [
      [0, -0.1],
      [0.1, 0],
      [0, 0.1],
      [-0.1, 0],
      [0, -0.1],
    ];
    const diamond = (k: number): LngLat[] =>
      Array.from({ length: 5000 }, (_, i): LngLat => {
        const side = Math.floor(i / 1250);
        const f = (i % 1250) / 1250;
        const [a, b] = [corners[side] as LngLat, corners[side + 1] as LngLat];
        return [100 + k + a[0] + (b[0] - a[0]) * f, 29 + a[1] + (b[1] - a[1]) * f];
      });
    expect(4 * shapeWork({ kind: 'polygon', id: 'd', ring: diamond(0) })).toBeLessThanOrEqual(
      MAX_SHAPE_WORK,
    );
    const text = [0, 1, 2, 3, 4, 5].map((k) => `p:${encodeRing(diamond(k))}`).join(';');
    const got = decodeFilter(text);
    const total = got.spec.shapes.reduce(
      (n, s) => n + (s.kind === 'polygon' ? s.ring.length : 1),
      0,
    );
    expect(total).toBe(MAX_TOTAL_VERTICES);
    expect(got.spec.shapes).toHaveLength(4);
    expect(got.ignored).toHaveLength(2);
  });

  it('counts a ring by its fullest band, so edges piled at one latitude cannot hide', () => {
    // A tall triangle plus 2,000 tiny wiggles in a 0.0001° strip: on average a latitude meets
    // few edges, but a point in that strip meets all the wiggles.
    const wiggles = Array.from(
      { length: 2000 },
      (_, i): LngLat => [106.3 + (i * 0.1) / 2000, 29.35 + (i % 2) * 1e-4],
    );
    const ring: LngLat[] = [[106.3, 29.3], [106.4, 29.3], [106.4, 29.4], ...wiggles.reverse()];
    expect(meanCrossings(ring)).toBeLessThan(MAX_MEAN_CROSSINGS);
    expect(ringBandLoad(ring)).toBeGreaterThan(MAX_SHAPE_WORK);
    const got = decodeFilter(`p:${encodeRing(ring)};o:106.35,29.35,1`);
    expect(got.spec.shapes.map((s) => s.kind)).toEqual(['circle']);
    expect(got.ignored).toHaveLength(1);
    // The count matches the edges a point in the strip really has to look at.
    const naive = ring.filter((p, i) => {
      const q = ring[(i + 1) % ring.length] as LngLat;
      return Math.min(p[1], q[1]) <= 29.35005 && Math.max(p[1], q[1]) >= 29.35005;
    }).length;
    expect(ringBandLoad(ring)).toBeGreaterThanOrEqual(naive);
  });

  it('adds shapes until the summed work reaches the cap, in link order', () => {
    const circles = Array.from({ length: 30 }, (_, k) => `o:106.4,29.4,${k + 1}`);
    const kept = MAX_SHAPE_WORK / 3;
    const got = decodeFilter(circles.join(';'));
    expect(got.spec.shapes).toHaveLength(kept);
    expect(got.ignored).toEqual(circles.slice(kept));
    // A rectangle is one comparison per record: three times as many fit.
    const boxes = Array.from({ length: 49 }, (_, k) => `r:106.4,29.4,106.5,${29.5 + k / 1000}`);
    expect(decodeFilter(boxes.join(';')).spec.shapes).toHaveLength(MAX_SHAPE_WORK);
  });

  it.each([
    ['o:106.4,29.4,100.5', 'radius over 100 km'],
    ['o:106.4,29.4,1e9', 'absurd radius'],
    ['o:106.4,29.4,-1', 'negative radius'],
    ['b:106.5,29.3,106.4,29.4', 'in-view box west of east reversed'],
    ['b:106.4,29.4,106.5,29.4', 'in-view box of zero height'],
    ['b:106.4,29.3,106.4,29.4', 'in-view box of zero width'],
    ['r:106.4,29.4,106.4,29.4', 'rectangle of no area'],
    ['y:2020~2010', 'reversed year range'],
    ['v:5~1', 'reversed investment range'],
    ['y:1e300~', 'astronomic year'],
    ['v:~-1e10', 'astronomic investment'],
    ['y:Infinity~', 'infinite year'],
    ['y:NaN~', 'NaN year'],
  ])('drops %s (%s) with a notice', (part) => {
    const got = decodeFilter(part);
    expect(encodeFilter(got.spec)).toBe('');
    expect(got.ignored).toEqual([part]);
  });

  it('keeps ordered ranges and circles up to 100 km', () => {
    const got = decodeFilter('y:2010~2020;v:0~5;o:106.4,29.4,100');
    expect(got.ignored).toEqual([]);
    expect(got.spec.years).toEqual({ min: 2010, max: 2020 });
    expect(got.spec.shapes).toHaveLength(1);
  });

  it('wraps any finite bearing into [-180, 180)', () => {
    expect(parseHash('#map=10/29.4/106.4/540/0').view?.bearing).toBe(-180);
    expect(parseHash('#map=10/29.4/106.4/-190/0').view?.bearing).toBe(170);
    expect(parseHash('#map=10/29.4/106.4/180/0').view?.bearing).toBe(-180);
    expect(parseHash('#map=10/29.4/106.4/-180/0').view?.bearing).toBe(-180);
    expect(parseHash('#map=10/29.4/106.4/720.5/0').view?.bearing).toBeCloseTo(0.5, 9);
    const absurd = parseHash('#map=10/29.4/106.4/1e300/0');
    expect(absurd.malformed).toEqual([]);
    const b = absurd.view?.bearing ?? Number.NaN;
    expect(b >= -180 && b < 180).toBe(true);
  });

  it.each([
    ['40', 18],
    ['18.5', 18],
    ['0', 7],
    ['-3', 7],
    ['1e308', 18],
    ['12.25', 12.25],
  ])('clamps a shared zoom of %s to the map range 7–18 (%s)', (zoom, want) => {
    const s = parseHash(`#map=${zoom}/29.4/106.4&zone=xipeng-park`);
    expect(s.view).toEqual({ zoom: want, lat: 29.4, lng: 106.4, bearing: 0, pitch: 0 });
    expect(s.malformed).toEqual([]);
  });

  it.each([
    ['90', 85],
    ['1e9', 85],
    ['-10', 0],
    ['60', 60],
  ])('clamps a shared pitch of %s to 0–85 (%s)', (pitch, want) => {
    const s = parseHash(`#map=12/29.4/106.4/30/${pitch}`);
    expect(s.view?.pitch).toBe(want);
    expect(s.view?.bearing).toBe(30);
    expect(s.malformed).toEqual([]);
  });

  it.each([
    'map=40/95/106.4',
    'map=12/29.4/181',
    'map=Infinity/29.4/106.4',
    'map=12/29.4/106.4/NaN/0',
    'map=12/29.4/106.4/0/-Infinity',
  ])('still drops a view off the globe or not a number (%s) with the notice', (raw) => {
    const s = parseHash(`#${raw}&zone=xipeng-park`);
    expect(s.view).toBeNull();
    expect(s.malformed).toEqual(['map']);
    expect(s.zone).toBe('xipeng-park');
  });

  it('keeps unknown keys only up to a capped length, whatever junk the hash holds', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => `k${i}=${'x'.repeat(50)}`).join('&');
    const state = parseHash(`#zone=xipeng-park&${junk}&f=z:xipeng`);
    let kept = 0;
    for (const [k, v] of state.rest) if (k !== 'f') kept += k.length + v.length;
    expect(kept).toBeLessThanOrEqual(MAX_KEPT_REST);
    expect(state.rest.get('f')).toBe('z:xipeng');
    expect(state.zone).toBe('xipeng-park');
    expect(state.malformed.length).toBeLessThanOrEqual(20);
    expect(formatHash(state).length).toBeLessThan(MAX_KEPT_REST + 200);
  });
});
