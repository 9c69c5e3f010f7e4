/**
 * A set of record indices as 32-bit words: element i is bit (i & 31) of word (i >>> 5).
 * Filters combine as word-wise AND/OR, 32 records per operation, which is what keeps a
 * filter change on a million records within a frame or two.
 */
export type Bitset = Uint32Array;

export function wordCount(size: number): number {
  return (size + 31) >>> 5;
}

export function emptyBitset(size: number): Bitset {
  return new Uint32Array(wordCount(size));
}

/** Every index in [0, size) set; the bits past `size` in the last word stay clear. */
export function fullBitset(size: number): Bitset {
  const bits = new Uint32Array(wordCount(size)).fill(0xffffffff);
  const tail = size & 31;
  if (tail !== 0) bits[bits.length - 1] = (2 ** tail - 1) >>> 0;
  return bits;
}

export function setBit(bits: Bitset, i: number): void {
  const w = i >>> 5;
  bits[w] = (bits[w] ?? 0) | (1 << (i & 31));
}

export function clearBit(bits: Bitset, i: number): void {
  const w = i >>> 5;
  bits[w] = (bits[w] ?? 0) & ~(1 << (i & 31));
}

export function hasBit(bits: Bitset, i: number): boolean {
  return ((bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
}

/** target &= source, in place. */
export function andInto(target: Bitset, source: Bitset): void {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) & (source[w] ?? 0);
}

/** target |= source, in place. */
export function orInto(target: Bitset, source: Bitset): void {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) | (source[w] ?? 0);
}

function popcount32(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of set bits. */
export function popcount(bits: Bitset): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) n += popcount32(bits[w] ?? 0);
  return n;
}

/** Number of indices in both a and b (and c when given), without allocating. */
export function countAnd(a: Bitset, b: Bitset, c?: Bitset): number {
  let n = 0;
  if (c === undefined) {
    for (let w = 0; w < a.length; w++) n += popcount32((a[w] ?? 0) & (b[w] ?? 0));
  } else {
    for (let w = 0; w < a.length; w++) n += popcount32((a[w] ?? 0) & (b[w] ?? 0) & (c[w] ?? 0));
  }
  return n;
}

/** The set indices in ascending order; `count` must be popcount(bits). */
export function bitsetToIndices(bits: Bitset, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let k = 0;
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] ?? 0;
    const base = w << 5;
    while (word !== 0) {
      const low = word & -word;
      out[k++] = base + 31 - Math.clz32(low);
      word ^= low;
    }
  }
  return out;
}

/** Calls fn for each set index in ascending order. */
export function forEachSetBit(bits: Bitset, fn: (index: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] ?? 0;
    const base = w << 5;
    while (word !== 0) {
      const low = word & -word;
      fn(base + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

/** One bitset per code value (codes < valueCount). */
export function bitsetsByCode(codes: Uint8Array, valueCount: number): Bitset[] {
  const sets = Array.from({ length: valueCount }, () => emptyBitset(codes.length));
  codes.forEach((code, i) => {
    const set = sets[code];
    if (set !== undefined) setBit(set, i);
  });
  return sets;
}

/** One bitset per bit position of the masks. */
export function bitsetsByMaskBit(masks: ArrayLike<number>, bitCount: number): Bitset[] {
  return Array.from({ length: bitCount }, (_, b) => {
    const set = emptyBitset(masks.length);
    for (let i = 0; i < masks.length; i++) {
      if (((masks[i] ?? 0) >>> b) & 1) setBit(set, i);
    }
    return set;
  });
}
