import { drain, STEP, type Steps } from './steps';

/** Record index by id: what LinkResult's id lookups need (only `get`). */
export interface IdLookup {
  get(id: string): number | undefined;
}

/** FNV-1a over the UTF-16 code units: cheap, and spreads ids like "syn-e-000123" well. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * An open-addressing hash table of record indices in one Int32Array (8 bytes per record at
 * load factor ½) instead of a Map (about 40–80 bytes per entry): a million ids stay small on
 * the page. A lookup compares against the records' own ids, so no id string is copied. As with
 * a Map built in order, the last record of a repeated id wins (an imported record over a
 * built-in one of the same id).
 */
export function buildIdIndex(records: readonly { id: string }[]): IdLookup {
  return drain(idIndexSteps(records));
}

/** buildIdIndex in steps that yield (see steps.ts). */
export function* idIndexSteps(records: readonly { id: string }[]): Steps<IdLookup> {
  let size = 16;
  while (size < records.length * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const slotOf = (id: string): number => {
    let slot = hash(id) & mask;
    for (;;) {
      const at = table[slot] as number;
      if (at === -1 || (records[at] as { id: string }).id === id) return slot;
      slot = (slot + 1) & mask;
    }
  };
  for (let i = 0; i < records.length; i++) {
    table[slotOf((records[i] as { id: string }).id)] = i;
    if (i % STEP === STEP - 1) yield;
  }
  return {
    get(id) {
      const at = table[slotOf(id)] as number;
      return at === -1 ? undefined : at;
    },
  };
}
