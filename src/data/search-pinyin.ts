import { polyphonic } from 'pinyin-pro';

/** Pinyin readings of one character (several for 多音字 such as 重 zhong/chong). */
type Readings = readonly string[];

/**
 * Pinyin per character rather than per name: building it is one pass over the names and one
 * pinyin-pro call, and a query reads a name's syllables straight from its characters.
 */
export interface PinyinTable {
  /** Reading id of each UTF-16 code unit; negative for none (punctuation, spaces, unknown). */
  readonly byCode: Int32Array;
  readonly readings: readonly Readings[];
  /** Bit k set when a reading of that id starts with letter/digit k (a–z, 0–9). */
  readonly firstBits: readonly number[];
}

/** What a query must look like to be tried as pinyin (after spaces and ' are dropped). */
export const PINYIN_QUERY = /^[a-z0-9]+$/;

const HAN = /\p{Script=Han}/u;
const ALNUM = /^[a-z0-9]$/;
const UNSET = -2;
const NONE = -1;

/**
 * Readings as typed on a keyboard: the two most common (rarer ones such as 厂 han, 乐 yao only
 * add noise), ü as v and as u.
 */
function typed(raw: readonly string[]): Readings | null {
  const all = raw.slice(0, 2).flatMap((r) => (r.includes('v') ? [r, r.replaceAll('v', 'u')] : [r]));
  const ok = [...new Set(all)].filter((r) => PINYIN_QUERY.test(r));
  return ok.length > 0 ? ok : null;
}

/**
 * Every reading of each Han character, in one pinyin-pro call over the distinct characters: a
 * call per character was ~20× slower, and in-context pinyin per name ~10–50 µs each. All
 * readings rather than the in-context one, so 重庆 matches cq as well as zq.
 */
function hanReadings(chars: readonly string[]): (Readings | null)[] {
  const options = { toneType: 'none', type: 'array', v: true } as const;
  const all = polyphonic(chars.join(''), options);
  const aligned = all.length === chars.length;
  return chars.map((c, i) => typed((aligned ? all[i] : polyphonic(c, options)[0]) ?? []));
}

const bitOf = (code: number) => (code >= 97 ? 1 << (code - 97) : 1 << (code - 48 + 26)) | 0;

/**
 * The readings of every character in the (lower-cased) names. Characters outside the BMP
 * (CJK Ext. B+) get none: pinyin-pro knows next to none of them.
 */
export function buildPinyinTable(names: readonly string[]): PinyinTable {
  const byCode = new Int32Array(0x10000).fill(UNSET);
  const alnum: string[] = [];
  const han: string[] = [];
  for (const name of names) {
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      if (byCode[code] !== UNSET) continue;
      byCode[code] = NONE;
      const char = String.fromCharCode(code);
      if (ALNUM.test(char)) alnum.push(char);
      else if (HAN.test(char)) han.push(char);
    }
  }
  const readings: Readings[] = [];
  const firstBits: number[] = [];
  const add = (char: string, r: Readings | null) => {
    if (!r) return;
    byCode[char.charCodeAt(0)] = readings.push(r) - 1;
    firstBits.push(r.reduce((bits, s) => bits | bitOf(s.charCodeAt(0)), 0));
  };
  for (const char of alnum) add(char, [char]);
  const hanRs = hanReadings(han);
  for (let i = 0; i < han.length; i++) add(han[i] ?? '', hanRs[i] ?? null);
  return { byCode, readings, firstBits };
}

/** The first position from pos on whose character has a reading, or -1. */
function nextSyllable(py: PinyinTable, name: string, pos: number): number {
  for (let p = pos; p < name.length; p++)
    if ((py.byCode[name.charCodeAt(p)] ?? NONE) >= 0) return p;
  return -1;
}

/**
 * Whether q (from qi on) spells name's syllables from position pos on: each typed as its
 * initial (zh/ch/sh may be typed whole) or in full, the last one possibly cut short. So
 * 西彭科技 matches xpkj, xipeng, xipengkj and xpkeji, but not xipekj. Characters without a
 * reading are skipped, so initials run across punctuation (“科艺” → ky).
 */
function spells(py: PinyinTable, name: string, pos: number, q: string, qi: number): boolean {
  const at = nextSyllable(py, name, pos);
  if (at < 0) return false;
  for (const r of py.readings[py.byCode[name.charCodeAt(at)] ?? 0] ?? []) {
    let n = 0;
    while (n < r.length && qi + n < q.length && r.charCodeAt(n) === q.charCodeAt(qi + n)) n++;
    if (n === 0) continue;
    if (qi + n === q.length) return true;
    if (spells(py, name, at + 1, q, qi + 1)) return true;
    const digraph = n >= 2 && r[1] === 'h' && 'zcs'.includes(r[0] ?? '');
    if (digraph && spells(py, name, at + 1, q, qi + 2)) return true;
    if (n === r.length && n > 1 && spells(py, name, at + 1, q, qi + n)) return true;
  }
  return false;
}

/**
 * Where name's pinyin spells q (a PINYIN_QUERY): 'start' from its first syllable, 'inside' from
 * a later one, or null.
 */
export function pinyinMatch(py: PinyinTable, name: string, q: string): 'start' | 'inside' | null {
  const bit = bitOf(q.charCodeAt(0));
  let first = true;
  for (let pos = 0; pos < name.length; pos++) {
    const id = py.byCode[name.charCodeAt(pos)] ?? NONE;
    if (id < 0) continue;
    if ((py.firstBits[id] ?? 0) & bit && spells(py, name, pos, q, 0)) {
      return first ? 'start' : 'inside';
    }
    first = false;
  }
  return null;
}
