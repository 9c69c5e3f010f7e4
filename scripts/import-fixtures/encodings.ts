// Encoders the fixtures need that Node lacks: GBK (from a reverse map of TextDecoder('gbk'))
// and Latin-1.

let gbkMap: Map<string, number[]> | null = null;

function buildGbkMap(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}

/** GBK bytes of a string (ASCII as is); throws on a character GBK lacks. */
export function encodeGbk(text: string): Uint8Array<ArrayBuffer> {
  gbkMap ??= buildGbkMap();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkMap.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

/** Latin-1 bytes (code points < 256 only). */
export function encodeLatin1(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
}
