import { defineMessages } from '../define-messages';

/**
 * The messages of filters.ts that only lazy panels use (record and zone panels, filter tab,
 * import): they load with the lazy catalog (lazy-catalog.ts), not with the first paint.
 */
export const filterPanelMessages = defineMessages(
  {
    'filters.title': '筛选',
    'filters.active': '{count} 项筛选生效',
    'filters.none': '未设置筛选',
    'filters.clear': '清除全部筛选',
    'filters.matched': '符合条件:企业 {enterprises} 家,项目 {projects} 个',
    'filters.zones': '所在区域',
    'filters.industries': '产业(企业)',
    'filters.categories': '企业类别',
    'filters.projectTypes': '项目类型',
    'filters.projectStatuses': '项目状态',
    'filters.investment': '投资额(亿元,项目)',
    'filters.years': '年份(企业成立 / 项目开工)',
    'filters.min': '最小',
    'filters.max': '最大',
    'filters.from': '起',
    'filters.to': '止',
    'filters.linkStatus': '位置核对',
    'filters.spatial': '空间筛选',
    'filters.inView': '仅统计当前视野内',
    'filters.note':
      '产业、企业类别、记录类型只筛企业;项目类型、状态、投资额只筛项目;其余条件同时作用于两者。',
  },
  {
    'filters.title': 'Filters',
    'filters.active': '{count} filters active',
    'filters.none': 'No filters set',
    'filters.clear': 'Clear all filters',
    'filters.matched': 'Matching: {enterprises} enterprises, {projects} projects',
    'filters.zones': 'Zones',
    'filters.industries': 'Industries (enterprises)',
    'filters.categories': 'Enterprise categories',
    'filters.projectTypes': 'Project types',
    'filters.projectStatuses': 'Project status',
    'filters.investment': 'Investment (CNY 100 million, projects)',
    'filters.years': 'Year (enterprise founded / project start)',
    'filters.min': 'Min',
    'filters.max': 'Max',
    'filters.from': 'From',
    'filters.to': 'To',
    'filters.linkStatus': 'Location check',
    'filters.spatial': 'Spatial filters',
    'filters.inView': 'Only what is in view',
    'filters.note':
      'Industries, categories and kinds of record filter enterprises only; project type, status and investment filter projects only; the rest apply to both.',
  },
);
