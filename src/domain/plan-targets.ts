import type { Category } from './entity';

/** The year the plan's targets are set for (九龙坡区"十四五"科技创新规划). */
export const PLAN_TARGET_YEAR = 2025;

/** How the plan words the target: reach (达到/汇聚), at least (不低于/以上), more than (超过). */
export type PlanComparator = '=' | '≥' | '>';

/**
 * How our data can measure an indicator. Shares are percentages (0–100), like the targets.
 * - category-count: enterprises having the category;
 * - category-share: of the enterprises having `of`, the percentage also having `category`.
 */
export type PlanMeasure =
  | { kind: 'category-count'; category: Category }
  | { kind: 'category-share'; category: Category; of: Category };

export interface PlanTarget {
  id: string;
  name_zh: string;
  name_en: string;
  /** In `unit`; percentages as 0–100. */
  target: number;
  unit_zh: string;
  unit_en: string;
  comparator: PlanComparator;
  /** null: the datasets hold nothing to compute it from ("no data"). */
  measure: PlanMeasure | null;
  note_zh: string | null;
  note_en: string | null;
}

/** Shared fields of the indicators our datasets cannot compute. */
const NO_DATA = { measure: null, note_zh: null, note_en: null } as const;

/** The plan's 2025 targets, in the plan's order (source: the plan text in shared/seed). */
export const PLAN_TARGETS: readonly PlanTarget[] = [
  {
    id: 'high-tech-enterprises',
    name_zh: '高新技术企业',
    name_en: 'High-tech enterprises',
    target: 750,
    unit_zh: '家',
    unit_en: 'enterprises',
    comparator: '=',
    measure: { kind: 'category-count', category: '高新技术企业' },
    note_zh: '2020年全区432家',
    note_en: '432 in the district in 2020',
  },
  {
    id: 'tech-based-enterprises',
    name_zh: '科技型企业',
    name_en: 'Tech-based enterprises',
    target: 4000,
    unit_zh: '家',
    unit_en: 'enterprises',
    comparator: '=',
    measure: { kind: 'category-count', category: '科技型企业' },
    note_zh: null,
    note_en: null,
  },
  {
    id: 'new-rd-institutions',
    name_zh: '新型研发机构',
    name_en: 'New R&D institutions',
    target: 20,
    unit_zh: '家',
    unit_en: 'institutions',
    comparator: '≥',
    measure: { kind: 'category-count', category: '新型研发机构' },
    note_zh: null,
    note_en: null,
  },
  {
    id: 'large-industrial-with-rd-unit',
    name_zh: '规上工业企业有研发机构占比',
    name_en: 'Large industrial firms with an R&D unit',
    target: 50,
    unit_zh: '%',
    unit_en: '%',
    comparator: '≥',
    measure: { kind: 'category-share', category: '有研发机构', of: '规上工业企业' },
    note_zh: null,
    note_en: null,
  },
  {
    id: 'large-industrial-with-rd-activity',
    name_zh: '规上工业企业有研发活动占比',
    name_en: 'Large industrial firms with R&D activity',
    target: 70,
    unit_zh: '%',
    unit_en: '%',
    comparator: '≥',
    ...NO_DATA,
  },
  {
    id: 'rd-intensity',
    name_zh: '研发投入强度',
    name_en: 'R&D intensity (R&D / GDP)',
    target: 4,
    unit_zh: '%',
    unit_en: '%',
    comparator: '=',
    measure: null,
    note_zh: '年均增长13%',
    note_en: 'growing 13% a year',
  },
  {
    id: 'large-industrial-rd-to-revenue',
    name_zh: '规上工业企业R&D经费占营业收入比重',
    name_en: 'Large industrial firms’ R&D spending / revenue',
    target: 2.6,
    unit_zh: '%',
    unit_en: '%',
    comparator: '≥',
    ...NO_DATA,
  },
  {
    id: 'high-value-patents',
    name_zh: '每万人口高价值发明专利拥有量',
    name_en: 'High-value invention patents per 10,000 people',
    target: 12,
    unit_zh: '件/万人',
    unit_en: 'per 10,000 people',
    comparator: '=',
    ...NO_DATA,
  },
  {
    id: 'introduced-rd-centres',
    name_zh: '引进国内外高端创新机构和企业研发中心',
    name_en: 'Leading innovation institutions and corporate R&D centres brought in',
    target: 5,
    unit_zh: '家',
    unit_en: 'institutions',
    comparator: '=',
    ...NO_DATA,
  },
  {
    id: 'high-level-talent',
    name_zh: '引进高层次人才',
    name_en: 'High-level talent brought in',
    target: 1200,
    unit_zh: '名',
    unit_en: 'people',
    comparator: '>',
    ...NO_DATA,
  },
  {
    id: 'emerging-industry-output-share',
    name_zh: '战略性新兴产业产值占规上工业产值比重',
    name_en: 'Strategic emerging industries’ share of industrial output',
    target: 60,
    unit_zh: '%',
    unit_en: '%',
    comparator: '=',
    ...NO_DATA,
  },
  {
    id: 'high-tech-manufacturing-share',
    name_zh: '高技术制造业产值占规上工业产值比重',
    name_en: 'High-tech manufacturing’s share of industrial output',
    target: 20,
    unit_zh: '%',
    unit_en: '%',
    comparator: '=',
    ...NO_DATA,
  },
  {
    id: 'science-literacy',
    name_zh: '公民科学素质比例',
    name_en: 'Citizens with basic science literacy',
    target: 16,
    unit_zh: '%',
    unit_en: '%',
    comparator: '=',
    ...NO_DATA,
  },
];
