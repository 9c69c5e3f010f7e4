import { zhMessages } from '../define-messages';

/** Messages of the attribute filters and the sidebar tabs. */
export const filtersZh = zhMessages({
  'tabs.label': '侧栏',
  'tabs.layers': '图层',
  'tabs.filters': '筛选',
  'tabs.stats': '统计',
  'tabs.quality': '数据质量',
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
  'filters.ignored': '链接中的部分筛选条件无法识别,已忽略:{parts}',
  'filters.dismiss': '知道了',
});
