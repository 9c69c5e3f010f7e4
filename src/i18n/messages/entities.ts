import { zhMessages } from '../define-messages';

/** Messages of the enterprise and project layers, detail panel and zone lists. */
export const entitiesZh = zhMessages({
  'entities.enterprises': '企业与机构',
  'entities.projects': '项目',
  'entities.layers': '企业与项目',
  'entities.legendIndustry': '企业(圆点,按产业着色)',
  'entities.legendStatus': '项目(菱形,按状态着色)',
  'entities.legendCluster': '聚合点(数字为数量)',
  'entities.syntheticBadge': '含模拟数据',
  'entities.syntheticBadgeTitle': '当前数据包含程序生成的模拟记录,仅供演示,不代表真实企业或项目',
  'entities.showSynthetic': '显示模拟数据',
});
