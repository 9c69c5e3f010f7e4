import type { ImportedProperties } from '../../domain/import';

/** Longest text kept per value: a file cannot make one property megabytes long. */
const MAX_TEXT = 10_000;

function scalar(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/**
 * Properties as flat scalars: nested objects and arrays become their JSON text, non-finite
 * numbers null. Keys that could reach Object.prototype are dropped. The values stay data: the
 * UI renders them as text only.
 */
export function flattenProperties(raw: unknown, fields: Set<string>): ImportedProperties {
  const out: ImportedProperties = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    if (key === '__proto__') continue;
    out[key] = scalar(value);
    fields.add(key);
  }
  return out;
}
