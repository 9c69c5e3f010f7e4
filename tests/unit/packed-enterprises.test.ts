import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unpackEnterprises } from '../../src/data/enterprise-view';
import { packEnterprises } from '../../src/data/packed-enterprises';
import { parseEnterprises } from '../../src/data/parse-entities';
import { plainEnterprise } from '../../src/data/plain-enterprise';
import {
  CATEGORIES,
  type Enterprise,
  INDUSTRIES,
  LOCATION_ACCURACIES,
  ORG_KINDS,
} from '../../src/domain/entity';
import { ZONE_IDS } from '../../src/domain/zone';

/** Packed in the worker, cloned as postMessage clones it, read back on the page. */
const roundTrip = (records: Enterprise[]) =>
  unpackEnterprises(structuredClone(packEnterprises(records)));

/** Every field the record has reads back the same from its view, and none is added. */
function expectSame(views: Enterprise[], records: Enterprise[]): void {
  expect(views).toHaveLength(records.length);
  records.forEach((r, i) => {
    const v = views[i] as Enterprise;
    for (const [key, value] of Object.entries(r))
      expect([key, v[key as keyof Enterprise]]).toStrictEqual([key, value]);
    expect(plainEnterprise(v)).toStrictEqual(r);
  });
}

describe('packed enterprises', () => {
  it('round-trips every field of every record of the default enterprises file', () => {
    const file = join(process.cwd(), 'data', 'geojson', 'enterprises.geojson');
    const { records } = parseEnterprises(JSON.parse(readFileSync(file, 'utf8')));
    // The fixture must exercise nulls, notes and several values of each field.
    expect(records.length).toBeGreaterThan(100);
    expect(records.some((r) => r.note_zh !== undefined)).toBe(true);
    expect(records.some((r) => r.name_en === null || r.address === null)).toBe(true);
    // (It has no addresses: the property test below packs those.)
    expectSame(roundTrip(records), records);
  });

  it('round-trips any record: empty strings, nulls, absent notes, any text and number', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
    const enterprise = fc.record(
      {
        kind: fc.constant('enterprise' as const),
        id: text,
        org_kind: fc.constantFrom(...ORG_KINDS),
        name_zh: text,
        name_en: optional(text),
        industry: fc.constantFrom(...INDUSTRIES),
        categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
        founded: optional(fc.integer({ min: 1800, max: 2100 })),
        employees: optional(fc.double({ noNaN: true })),
        address: optional(text),
        town_code: optional(fc.constantFrom('500107001', '500107102', '')),
        declared_zone: optional(fc.constantFrom(...ZONE_IDS)),
        accuracy: fc.constantFrom(...LOCATION_ACCURACIES),
        synthetic: fc.boolean(),
        source: text,
        coordinates: fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true })),
        note_zh: text,
        note_en: text,
      },
      { requiredKeys: ['kind', 'id', 'org_kind', 'name_zh', 'name_en', 'industry'] },
    );
    // The generator leaves out optional keys; fill the required ones the parser always sets.
    const full = enterprise.map(
      (r) =>
        ({
          categories: [],
          founded: null,
          employees: null,
          address: null,
          town_code: null,
          declared_zone: null,
          accuracy: 'exact',
          synthetic: false,
          source: '',
          coordinates: [0, 0],
          ...r,
        }) as Enterprise,
    );
    fc.assert(
      fc.property(fc.array(full, { maxLength: 30 }), (records) => {
        expectSame(roundTrip(records), records);
      }),
    );
  });

  it('gives records of one slice a shared, frozen categories list', () => {
    const file = join(process.cwd(), 'data', 'geojson', 'enterprises.geojson');
    const { records } = parseEnterprises(JSON.parse(readFileSync(file, 'utf8')));
    const views = roundTrip(records);
    const a = views[0] as Enterprise;
    expect(Object.isFrozen(a.categories)).toBe(true);
    const same = views.find((v, i) => i > 0 && v.categories.join() === a.categories.join());
    if (same) expect(same.categories).toBe(a.categories);
  });
});
