/** A cell value; null is written as an empty cell. */
export type CsvCell = string | number | boolean | null;

/** A header row and the data rows; every row should have the header's length. */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

// Spreadsheets run a cell starting with one of these as a formula (CSV injection). Tab and
// carriage return are on OWASP's list too: Excel strips them and then reads the rest. Some
// spreadsheets also trim leading whitespace (ASCII, no-break, ideographic) before reading, and
// some IMEs type the full-width or small forms (＝＋－＠, ﹦﹢﹣﹫) and the minus sign −, which
// some spreadsheets fold to ASCII: all are neutralised too.
const FORMULA_START =
  /^[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]|^[\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]/;

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  // Numbers are written as they are: a negative number is data, not a formula.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One cell, quoted per RFC 4180 when it holds a comma, a quote or a line break. */
export function csvCell(cell: CsvCell): string {
  const text = cellText(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV text for Excel and other spreadsheets: a UTF-8 BOM, CRLF line ends
 * (RFC 4180), text cells starting with = + - @ (or tab / CR, or after leading whitespace, or
 * their full-width forms) prefixed with an apostrophe so they stay text; numbers stay numbers. One line per row plus the header, except where a cell holds a line break.
 */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
