import type { Category, Enterprise } from '../domain/entity';
import {
  CODED_FIELDS,
  type Coded,
  type PackedEnterprises,
  type PackedText,
  SEP,
  TEXT_FIELDS,
} from './packed-enterprises';

/** A packed slice on the page, with its category lists decoded once (shared, frozen). */
class Slice {
  readonly categories: readonly (readonly Category[])[];
  constructor(readonly p: PackedEnterprises) {
    this.categories = p.categories.values.map((v) =>
      Object.freeze(v ? (v.split(SEP) as Category[]) : []),
    );
  }
}

function text(t: PackedText, i: number): string | null {
  if (t.present[i] === 0) return null;
  return t.text.slice(i === 0 ? 0 : t.ends[i - 1], t.ends[i]);
}

const coded = (c: Coded, i: number) => c.values[c.codes[i] as number];

/**
 * One enterprise read from its packed slice: an object of two fields instead of one of twenty
 * (with its own strings and coordinate array). Fields are getters on the prototype, read-only:
 * code that needs a plain record (to clone, spread or serialize it) calls plainEnterprise
 * (plain-enterprise.ts).
 */
export class EnterpriseView {
  constructor(
    readonly s: Slice,
    readonly i: number,
  ) {}
  get kind(): 'enterprise' {
    return 'enterprise';
  }
  get categories(): Category[] {
    // Frozen and shared, as intern-records.ts made them for plain records.
    return this.s.categories[this.s.p.categories.codes[this.i] as number] as Category[];
  }
  get founded(): number | null {
    return orNull(this.s.p.founded[this.i] as number);
  }
  get employees(): number | null {
    return orNull(this.s.p.employees[this.i] as number);
  }
  get synthetic(): boolean {
    return this.s.p.synthetic[this.i] === 1;
  }
  get coordinates(): [number, number] {
    const c = this.s.p.coords;
    return [c[2 * this.i] as number, c[2 * this.i + 1] as number];
  }
}

const orNull = (v: number) => (Number.isNaN(v) ? null : v);

// The string fields, as getters made from their names (one loop instead of twelve getters:
// this file is part of the first paint's JS).
for (const f of TEXT_FIELDS)
  Object.defineProperty(EnterpriseView.prototype, f, {
    get(this: EnterpriseView) {
      return text(this.s.p[f], this.i);
    },
  });
for (const f of CODED_FIELDS)
  Object.defineProperty(EnterpriseView.prototype, f, {
    get(this: EnterpriseView) {
      return coded(this.s.p[f], this.i);
    },
  });

/** On the page: a view per record of a packed slice. */
export function unpackEnterprises(p: PackedEnterprises): Enterprise[] {
  const slice = new Slice(p);
  const out: Enterprise[] = new Array(p.count);
  // A getter cannot be optional: a note it reads as undefined is what a missing one reads as.
  for (let i = 0; i < p.count; i++) out[i] = new EnterpriseView(slice, i) as unknown as Enterprise;
  return out;
}
