/** Exact powers of ten (every one up to 1e22 is a double exactly). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Number(text), about 3× faster for plain decimals such as "106.512345" (200,000 of them per
 * 100,000-row register): at most 15 digits make an exact integer, and one division by an
 * exact power of ten is correctly rounded, so the result equals Number's (Clinger's fast
 * path). Anything else (exponents, blanks, signs other than "-", long digit runs) goes to Number.
 */
export function parseDecimal(text: string): number {
  const n = text.length;
  if (n === 0 || n > 17) return Number(text);
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (dot) scale++;
    } else if (c === 46 && !dot) dot = true;
    else return Number(text);
  }
  if (digits === 0 || digits > 15) return Number(text);
  const value = scale === 0 ? mantissa : mantissa / (POW10[scale] as number);
  return negative ? -value : value;
}
