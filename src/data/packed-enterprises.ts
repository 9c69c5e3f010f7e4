import type { Enterprise } from '../domain/entity';

/**
 * A slice of enterprises as columns, built in the load worker and posted to the page (issue 11:
 * at 1M records the page held ~330 bytes of JS heap per record as plain objects). Numbers and
 * coordinates are typed arrays (transferred, outside the JS heap); the unique strings (id and
 * names, address) are one joined string per field with their bounds; the repeated ones are a
 * small table of values and a code per record. The page reads them through EnterpriseView.
 */
/** The unique strings: one joined string per field. */
export const TEXT_FIELDS = ['id', 'name_zh', 'name_en', 'address'] as const;
/** The repeated values: a table and a code per record (categories too, joined by SEP). */
export const CODED_FIELDS = [
  'org_kind',
  'industry',
  'town_code',
  'declared_zone',
  'accuracy',
  'source',
  'note_zh',
  'note_en',
] as const;

export type PackedEnterprises = {
  count: number;
  /** [lng, lat] per record. */
  coords: Float64Array;
  /** NaN for null. */
  founded: Float64Array;
  employees: Float64Array;
  synthetic: Uint8Array;
  /** A list's values joined by SEP. */
  categories: Coded;
} & Record<(typeof TEXT_FIELDS)[number], PackedText> &
  Record<(typeof CODED_FIELDS)[number], Coded>;

/** Strings joined, with the end of each; `present` 0 where the value is null. */
export interface PackedText {
  text: string;
  ends: Uint32Array;
  present: Uint8Array;
}

/** The distinct values of a field (null and undefined included) and each record's index. */
export interface Coded {
  values: (string | null | undefined)[];
  /** Uint16 while a slice has at most 65,536 distinct values (a slice is 10,000 records). */
  codes: Uint16Array | Uint32Array;
}

export const SEP = '\u0001';

function packText(values: readonly (string | null)[]): PackedText {
  const ends = new Uint32Array(values.length);
  const present = new Uint8Array(values.length);
  let at = 0;
  values.forEach((v, i) => {
    if (v !== null) {
      at += v.length;
      present[i] = 1;
    }
    ends[i] = at;
  });
  return { text: values.map((v) => v ?? '').join(''), ends, present };
}

function code(values: readonly (string | null | undefined)[]): Coded {
  const index = new Map<string | null | undefined, number>();
  const wide = values.length > 65_536;
  const codes = wide ? new Uint32Array(values.length) : new Uint16Array(values.length);
  values.forEach((v, i) => {
    let c = index.get(v);
    if (c === undefined) {
      c = index.size;
      index.set(v, c);
    }
    codes[i] = c;
  });
  return { values: [...index.keys()], codes };
}

/** In the worker: the records as columns. */
export function packEnterprises(records: readonly Enterprise[]): PackedEnterprises {
  const n = records.length;
  const coords = new Float64Array(2 * n);
  const founded = new Float64Array(n);
  const employees = new Float64Array(n);
  const synthetic = new Uint8Array(n);
  records.forEach((r, i) => {
    coords[2 * i] = r.coordinates[0];
    coords[2 * i + 1] = r.coordinates[1];
    founded[i] = r.founded ?? Number.NaN;
    employees[i] = r.employees ?? Number.NaN;
    synthetic[i] = r.synthetic ? 1 : 0;
  });
  const fields = <F extends keyof Enterprise, P>(
    names: readonly F[],
    pack: (values: Enterprise[F][]) => P,
  ) => Object.fromEntries(names.map((f) => [f, pack(records.map((r) => r[f]))]));
  return {
    count: n,
    coords,
    founded,
    employees,
    synthetic,
    categories: code(records.map((r) => r.categories.join(SEP))),
    ...fields(TEXT_FIELDS, packText),
    ...fields(CODED_FIELDS, code),
  } as PackedEnterprises;
}

/** The typed arrays of a packed slice, to transfer with its message. */
export function packedBuffers(p: PackedEnterprises): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [p.coords, p.founded, p.employees, p.synthetic];
  arrays.push(p.categories.codes);
  for (const f of TEXT_FIELDS) arrays.push(p[f].ends, p[f].present);
  for (const f of CODED_FIELDS) arrays.push(p[f].codes);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
