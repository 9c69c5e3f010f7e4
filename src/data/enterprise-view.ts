import type { Category, Enterprise, Industry, LocationAccuracy, OrgKind } from '../domain/entity';
import type { ZoneId } from '../domain/zone';
import { type Coded, type PackedEnterprises, type PackedText, SEP } from './packed-enterprises';

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
 * code that needs a plain record (to clone, spread or serialize it) calls plainEnterprise.
 */
export class EnterpriseView implements Omit<Enterprise, 'note_zh' | 'note_en'> {
  constructor(
    private readonly s: Slice,
    private readonly i: number,
  ) {}
  get kind(): 'enterprise' {
    return 'enterprise';
  }
  get id(): string {
    return text(this.s.p.id, this.i) as string;
  }
  get org_kind(): OrgKind {
    return coded(this.s.p.org_kind, this.i) as OrgKind;
  }
  get name_zh(): string {
    return text(this.s.p.name_zh, this.i) as string;
  }
  get name_en(): string | null {
    return text(this.s.p.name_en, this.i);
  }
  get industry(): Industry {
    return coded(this.s.p.industry, this.i) as Industry;
  }
  get categories(): Category[] {
    // Frozen and shared, as intern-records.ts made them for plain records.
    return this.s.categories[this.s.p.categories.codes[this.i] as number] as Category[];
  }
  get founded(): number | null {
    const v = this.s.p.founded[this.i] as number;
    return Number.isNaN(v) ? null : v;
  }
  get employees(): number | null {
    const v = this.s.p.employees[this.i] as number;
    return Number.isNaN(v) ? null : v;
  }
  get address(): string | null {
    return text(this.s.p.address, this.i);
  }
  get town_code(): string | null {
    return coded(this.s.p.town_code, this.i) as string | null;
  }
  get declared_zone(): ZoneId | null {
    return coded(this.s.p.declared_zone, this.i) as ZoneId | null;
  }
  get accuracy(): LocationAccuracy {
    return coded(this.s.p.accuracy, this.i) as LocationAccuracy;
  }
  get synthetic(): boolean {
    return this.s.p.synthetic[this.i] === 1;
  }
  get source(): string {
    return coded(this.s.p.source, this.i) as string;
  }
  get coordinates(): [number, number] {
    const c = this.s.p.coords;
    return [c[2 * this.i] as number, c[2 * this.i + 1] as number];
  }
  get note_zh(): string | undefined {
    return coded(this.s.p.note_zh, this.i) as string | undefined;
  }
  get note_en(): string | undefined {
    return coded(this.s.p.note_en, this.i) as string | undefined;
  }
}

/** On the page: a view per record of a packed slice. */
export function unpackEnterprises(p: PackedEnterprises): Enterprise[] {
  const slice = new Slice(p);
  const out: Enterprise[] = new Array(p.count);
  // A getter cannot be optional: a note it reads as undefined is what a missing one reads as.
  for (let i = 0; i < p.count; i++) out[i] = new EnterpriseView(slice, i) as Enterprise;
  return out;
}

/** A plain record with the same fields (notes only when present, as the parser makes them). */
export function plainEnterprise(r: Enterprise): Enterprise {
  const { note_zh, note_en } = r;
  const plain: Enterprise = {
    kind: 'enterprise',
    id: r.id,
    org_kind: r.org_kind,
    name_zh: r.name_zh,
    name_en: r.name_en,
    industry: r.industry,
    categories: [...r.categories],
    founded: r.founded,
    employees: r.employees,
    address: r.address,
    town_code: r.town_code,
    declared_zone: r.declared_zone,
    accuracy: r.accuracy,
    synthetic: r.synthetic,
    source: r.source,
    coordinates: [r.coordinates[0], r.coordinates[1]],
  };
  if (note_zh !== undefined) plain.note_zh = note_zh;
  if (note_en !== undefined) plain.note_en = note_en;
  return plain;
}
