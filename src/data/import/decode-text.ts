import { fail } from './import-error';

/** Leading bytes searched for NUL. */
const NUL_SCAN = 1 << 16;

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes a text file whose encoding nobody declared: a BOM decides; otherwise strict UTF-8,
 * then strict GB18030 (a superset of GBK and GB2312, what Chinese Excel writes). Text that is
 * neither, or holds NUL bytes in its first 64 KB (a binary file), is refused rather than shown as mojibake.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  }
  // A binary file (zip, xlsx, UTF-16 without BOM) shows NUL bytes at once; scanning all of a
  // 100 MB text for them cost more than decoding it.
  if (bytes.subarray(0, NUL_SCAN).includes(0)) fail('import.error.encoding');
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  return fail('import.error.encoding');
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(label: string, bytes: Uint8Array): string {
  return tryDecode(label, bytes) ?? fail('import.error.encoding');
}
