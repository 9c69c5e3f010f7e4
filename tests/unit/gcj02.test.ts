import fc from 'fast-check';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { pointForDisplay } from '../../src/geo/display-shift';
import { wgs84ToGcj02 } from '../../src/geo/gcj02';

// The display shift's own copy of the formula must agree with gcoord, which the importer uses.
const viaGcoord = (lng: number, lat: number) =>
  gcoord.transform<[number, number]>([lng, lat], gcoord.WGS84, gcoord.GCJ02);

describe('wgs84ToGcj02 (display shift without gcoord)', () => {
  it('equals gcoord inside and outside China', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
        (lng, lat) => {
          expect(wgs84ToGcj02(lng, lat)).toEqual(viaGcoord(lng, lat));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('equals gcoord across Chongqing, where the offset is hundreds of metres', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 105.2, max: 110.2, noNaN: true }),
        fc.double({ min: 28.1, max: 32.2, noNaN: true }),
        (lng, lat) => {
          const ours = wgs84ToGcj02(lng, lat);
          expect(ours).toEqual(viaGcoord(lng, lat));
          expect(ours[0]).not.toBe(lng);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is what pointForDisplay draws on a GCJ-02 basemap, and identity on WGS-84', () => {
    expect(pointForDisplay([106.5, 29.5], 'GCJ-02')).toEqual(viaGcoord(106.5, 29.5));
    expect(pointForDisplay([106.5, 29.5], 'WGS-84')).toEqual([106.5, 29.5]);
  });
});
