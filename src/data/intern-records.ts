import type { Category, Enterprise } from '../domain/entity';

/**
 * Structured cloning gives every record its own copy of every string: the same industry name,
 * source line and town code a million times over, and a fresh categories array each. Records
 * that arrive from the worker are pointed at one shared copy instead (strings are immutable;
 * the shared categories arrays are frozen), which roughly halves their weight on the page.
 */
const MAX_INTERNED = 50_000;

export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly Category[]>();

  string<T extends string | null>(value: T): T {
    if (value === null) return value;
    const have = this.strings.get(value);
    if (have !== undefined) return have as T;
    // A register of unique values (addresses, say) would only grow the pool: stop sharing.
    if (this.strings.size < MAX_INTERNED) this.strings.set(value, value);
    return value;
  }

  categories(list: Category[]): Category[] {
    const key = list.join('|');
    const have = this.lists.get(key);
    if (have) return have as Category[];
    const shared = Object.freeze([...list]);
    this.lists.set(key, shared);
    return shared as Category[];
  }

  /** Points a chunk's repeated strings and category lists at shared copies, in place. */
  enterprises(records: Enterprise[]): void {
    for (const r of records) {
      // Views over packed columns (enterprise-view.ts) share their strings already.
      if (Object.getPrototypeOf(r) !== Object.prototype) continue;
      r.org_kind = this.string(r.org_kind);
      r.industry = this.string(r.industry);
      r.categories = this.categories(r.categories);
      r.town_code = this.string(r.town_code);
      r.declared_zone = this.string(r.declared_zone);
      r.accuracy = this.string(r.accuracy);
      r.source = this.string(r.source);
      r.address = this.string(r.address);
      if (r.note_zh !== undefined) r.note_zh = this.string(r.note_zh);
      if (r.note_en !== undefined) r.note_en = this.string(r.note_en);
    }
  }
}
