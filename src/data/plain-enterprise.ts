import type { Enterprise } from '../domain/entity';

/** A plain record with the same fields (notes only when present, as the parser makes them). */
export function plainEnterprise(r: Enterprise): Enterprise {
  const { note_zh, note_en } = r;
  const plain: Enterprise = {
    kind: 'enterprise',
    id: r.id,
    org_kind: r.org_kind,
    name_zh: r.name_zh,
    name_en: r.name_en,
    industry: r.industry,
    categories: [...r.categories],
    founded: r.founded,
    employees: r.employees,
    address: r.address,
    town_code: r.town_code,
    declared_zone: r.declared_zone,
    accuracy: r.accuracy,
    synthetic: r.synthetic,
    source: r.source,
    coordinates: [r.coordinates[0], r.coordinates[1]],
  };
  if (note_zh !== undefined) plain.note_zh = note_zh;
  if (note_en !== undefined) plain.note_en = note_en;
  return plain;
}
