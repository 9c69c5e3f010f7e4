import { type FieldMapping, MAPPED_FIELDS, type MappedField } from './user-layer';

/**
 * Header names planners' registers commonly use for each field, Chinese and English, most
 * specific first. Compared after lower-casing and removing spaces, brackets and units.
 */
const HEADER_GUESSES: Record<MappedField, readonly string[]> = {
  name: [
    '企业名称',
    '单位名称',
    '项目名称',
    '机构名称',
    '名称',
    'name_zh',
    'name',
    'company',
    'enterprise',
    'project',
    'title',
  ],
  name_en: ['英文名称', '英文名', 'name_en', 'englishname', 'nameen'],
  industry: ['所属行业', '行业', '产业', '行业类别', 'industry', 'sector'],
  category: ['企业类别', '项目类型', '类别', '类型', '资质', 'categories', 'category', 'type'],
  status: ['项目状态', '状态', '进度', 'status', 'stage'],
  year: ['成立年份', '成立时间', '开工年份', '年份', '年度', 'founded', 'start_year', 'year'],
  investment: ['投资额', '总投资', '投资', 'investment_yi', 'investment', 'invest'],
  zone: ['所属园区', '园区', '申报园区', '所在园区', 'declared_zone', 'zone', 'park'],
  address: ['地址', '注册地址', '详细地址', 'address'],
  synthetic: ['模拟', '是否模拟', 'synthetic'],
};

/** `投资额(亿元)` → `投资额`, `Name ` → `name`. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[（(【[].*?[)）】\]]/g, '')
    .replace(/[\s_\-·:：]/g, '');
}

/**
 * Guesses which column feeds each field: an exact (normalised) match first, then a header
 * containing the guess. A column is used for one field at most; unmatched fields stay null.
 */
export function guessMapping(fields: readonly string[]): FieldMapping {
  const used = new Set<string>();
  const mapping = Object.fromEntries(MAPPED_FIELDS.map((f) => [f, null])) as FieldMapping;
  const normal = fields.map((f) => [f, normaliseHeader(f)] as const);
  for (const pass of ['exact', 'contains'] as const) {
    for (const target of MAPPED_FIELDS) {
      if (mapping[target] !== null) continue;
      for (const guess of HEADER_GUESSES[target]) {
        const g = normaliseHeader(guess);
        const hit = normal.find(
          ([raw, n]) => !used.has(raw) && (pass === 'exact' ? n === g : n.includes(g)),
        );
        if (hit) {
          mapping[target] = hit[0];
          used.add(hit[0]);
          break;
        }
      }
    }
  }
  return mapping;
}
