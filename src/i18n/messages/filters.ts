import { zhMessages } from '../define-messages';

/** Messages of the attribute filters and the sidebar tabs. */
export const filtersZh = zhMessages({
  'tabs.label': '侧栏',
  'tabs.layers': '图层',
  'tabs.filters': '筛选',
  'tabs.stats': '统计',
  'tabs.quality': '数据质量',
  'filters.ignored': '链接中的部分筛选条件无法识别,已忽略:{parts}',
  'filters.dismiss': '知道了',
});
