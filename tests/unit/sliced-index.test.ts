import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { runSliced } from '../../src/data/slices';
import { CATEGORIES, INDUSTRIES } from '../../src/domain/entity';
import { hasBit, popcount } from '../../src/geo/bitset';
import {
  clusterIndexOf,
  clusterIndexSteps,
  prepareClusterIndex,
} from '../../src/geo/cluster-index';
import { entityIndexSteps } from '../../src/geo/entity-index';
import { linkLookupsSteps } from '../../src/geo/link-lookups';
import { spatialIndexData } from '../../src/geo/point-columns';
import { drain } from '../../src/geo/steps';
import { enterprise, project } from './builders/zones';

// The page builds these in slices that yield (entities.ts assemble): every record must land in
// its own row, none dropped or moved, whatever the slices. A clock that advances on every
// reading ends a slice after each step, so every yield is a pause here.
function tickingClock() {
  let t = 0;
  return () => t++;
}
const everyStep = () => ({ budgetMs: 1, now: tickingClock(), pause: async () => {} });

const N = 20_011; // more than two STEPs of 8,192, and not a multiple of one
const enterprises = Array.from({ length: N }, (_, i) =>
  enterprise(`e${i}`, [106.2 + (i % 997) / 5000, 29.3 + (i % 1009) / 5000], {
    industry: INDUSTRIES[i % INDUSTRIES.length] as (typeof INDUSTRIES)[number],
    categories:
      i % 3 === 0 ? [CATEGORIES[i % CATEGORIES.length] as (typeof CATEGORIES)[number]] : [],
    founded: 1980 + (i % 40),
    synthetic: i % 2 === 0,
  }),
);
const projects = Array.from({ length: 301 }, (_, i) =>
  project(`p${i}`, [106.3, 29.4], { lead_enterprise: `e${i * 7}` }),
);
const link = {
  enterpriseMasks: Uint32Array.from({ length: N }, (_, i) => i % 5),
  projectMasks: new Uint32Array(301),
  enterpriseStatus: new Uint8Array(N),
  projectStatus: new Uint8Array(301),
};

describe('the index and lookups built in slices', () => {
  it('puts every record in its own row of the entity index', async () => {
    const index = await runSliced(
      entityIndexSteps(enterprises, projects, link, Flatbush),
      everyStep(),
    );
    const e = index.enterprises;
    expect(e.size).toBe(N);
    for (const i of [0, 8191, 8192, 8193, 16_384, N - 1]) {
      const r = enterprises[i];
      expect(e.lng[i]).toBe(r?.coordinates[0]);
      expect(e.lat[i]).toBe(r?.coordinates[1]);
      expect(INDUSTRIES[e.industry[i] as number]).toBe(r?.industry);
      expect(e.year[i]).toBe(r?.founded);
      expect(e.synthetic[i]).toBe(r?.synthetic ? 1 : 0);
    }
    expect(popcount(e.realBits)).toBe(enterprises.filter((r) => !r.synthetic).length);
    expect(hasBit(e.zoneBits[0] as Uint32Array, 1)).toBe(true);
    expect(popcount(e.zoneBits[0] as Uint32Array)).toBe(
      [...link.enterpriseMasks].filter((m) => m & 1).length,
    );
    // The spatial index finds each record at its own point.
    for (const i of [3, 9000, N - 2]) {
      const [x, y] = enterprises[i]?.coordinates ?? [0, 0];
      expect(e.spatial?.search(x, y, x, y)).toContain(i);
    }
    expect(index.projects.size).toBe(projects.length);
  });

  it('finds every id at its own index', async () => {
    const lookups = await runSliced(linkLookupsSteps(enterprises, projects), everyStep());
    const found = enterprises.map((r) => lookups.enterpriseIndexById.get(r.id));
    expect(found).toEqual(enterprises.map((_, i) => i));
    expect(lookups.enterpriseIndexById.get('nope')).toBeUndefined();
    expect(lookups.projectsByEnterprise.get('e7')).toEqual([1]);
  });

  it('orders every point once in the cluster grid, by ascending key', async () => {
    const lng = Float64Array.from(enterprises, (r) => r.coordinates[0]);
    const lat = Float64Array.from(enterprises, (r) => r.coordinates[1]);
    const index = await runSliced(clusterIndexSteps(lng, lat), everyStep());
    expect(new Set(index.order).size).toBe(N);
    const descents = index.keys.filter((key, k) => k > 0 && key < (index.keys[k - 1] as number));
    expect(descents.length).toBe(0);
    // The grid prepared in slices is the one the map then reads.
    const columns = { lng, lat };
    await runSliced(prepareClusterIndex(columns), everyStep());
    expect(clusterIndexOf(columns).order).toEqual(index.order);
  });
});

describe('a spatial index the worker built', () => {
  it('is used as is when it covers the records, and rebuilt when it does not', async () => {
    const data = spatialIndexData(enterprises, Flatbush);
    const index = await runSliced(
      entityIndexSteps(enterprises, projects, link, Flatbush, {
        enterprises: data,
        projects: null,
      }),
      everyStep(),
    );
    expect(index.enterprises.spatial?.data).toBe(data);
    const [x, y] = enterprises[9000]?.coordinates ?? [0, 0];
    expect(index.enterprises.spatial?.search(x, y, x, y)).toContain(9000);
    // An index of other records (a stale buffer) is not trusted.
    const other = spatialIndexData(enterprises.slice(0, 10), Flatbush);
    const rebuilt = drain(
      entityIndexSteps(enterprises, projects, link, Flatbush, {
        enterprises: other,
        projects: null,
      }),
    );
    expect(rebuilt.enterprises.spatial?.numItems).toBe(N);
  });
});
