import type { FeatureProblem } from './validate-geometry';
import type { PropertySpec, RoleSchema } from './validation-types';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeMatches(value: unknown, spec: PropertySpec): boolean {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'enum':
      return spec.values.some((v) => typeof v === typeof value);
  }
}

function valueMatches(value: unknown, spec: PropertySpec): boolean {
  if (spec.type === 'enum') return spec.values.some((v) => v === value);
  if (spec.type === 'number' && spec.exclusiveMin !== undefined) {
    return typeof value === 'number' && value > spec.exclusiveMin;
  }
  return true;
}

function expected(spec: PropertySpec): string {
  if (spec.type === 'enum') return spec.values.map((v) => JSON.stringify(v)).join(' | ');
  if (spec.type === 'number' && spec.exclusiveMin !== undefined) return `> ${spec.exclusiveMin}`;
  return spec.type;
}

/** Every property the role requires is present, of the right type and in range. */
export function checkProperties(
  properties: Record<string, unknown>,
  role: RoleSchema,
): FeatureProblem[] {
  const problems: FeatureProblem[] = [];
  for (const [property, spec] of Object.entries(role.properties)) {
    const params = { property, expected: expected(spec) };
    if (!(property in properties)) problems.push({ code: 'missing-property', params });
    else if (!typeMatches(properties[property], spec)) {
      problems.push({ code: 'bad-property-type', params });
    } else if (!valueMatches(properties[property], spec)) {
      problems.push({ code: 'bad-property-value', params });
    }
  }
  return problems;
}

const PROVENANCE_SPEC: Readonly<Record<string, PropertySpec>> = {
  source_zh: { type: 'string' },
  source_en: { type: 'string' },
  original_crs: { type: 'enum', values: ['WGS-84', 'GCJ-02', 'BD-09'] },
  crs: { type: 'enum', values: ['WGS-84'] },
  conversion: { type: 'string' },
  licence: { type: 'string' },
  date: { type: 'string' },
  confidence: { type: 'enum', values: ['high', 'medium', 'low'] },
  schematic: { type: 'boolean' },
  synthetic: { type: 'boolean' },
  note_zh: { type: 'string' },
  note_en: { type: 'string' },
};

/** The collection's `provenance` foreign member has every field of Provenance, well typed. */
export function checkProvenance(provenance: unknown): FeatureProblem[] {
  if (provenance === undefined) return [{ code: 'missing-provenance', params: {} }];
  if (!isRecord(provenance)) return [{ code: 'bad-provenance', params: { field: 'provenance' } }];
  return Object.entries(PROVENANCE_SPEC)
    .filter(([field, spec]) => {
      const value = provenance[field];
      return !typeMatches(value, spec) || !valueMatches(value, spec);
    })
    .map(([field]) => ({ code: 'bad-provenance', params: { field } }));
}
