import { defineMessages } from '../define-messages';

/**
 * Labels of the link statuses and skip reasons, written by the exports and the data-quality
 * panel. Part of dataQualityMessages (spread there), so the catalog needs no extra entry.
 */
export const dataQualityLabels = defineMessages(
  {
    'link.consistent': '位置与登记一致',
    'link.outside-declared': '不在登记园区内',
    'link.undeclared': '未登记园区(位于区域内)',
    'link.outside-all': '不在任何区域内',
    'skip.missing-id': '缺少编号',
    'skip.duplicate-id': '编号重复',
    'skip.bad-geometry': '几何无效',
    'skip.out-of-area': '位置超出范围',
    'skip.unknown-industry': '未知行业',
    'skip.unknown-category': '未知类别',
    'skip.unknown-type': '未知项目类型',
    'skip.unknown-status': '未知项目状态',
    'skip.unknown-zone': '未知园区',
    'skip.bad-property': '属性无效',
  },
  {
    'link.consistent': 'Location matches registration',
    'link.outside-declared': 'Outside its registered zone',
    'link.undeclared': 'No registered zone (inside a zone)',
    'link.outside-all': 'Outside every zone',
    'skip.missing-id': 'Missing ID',
    'skip.duplicate-id': 'Duplicate ID',
    'skip.bad-geometry': 'Invalid geometry',
    'skip.out-of-area': 'Location out of range',
    'skip.unknown-industry': 'Unknown industry',
    'skip.unknown-category': 'Unknown category',
    'skip.unknown-type': 'Unknown project type',
    'skip.unknown-status': 'Unknown project status',
    'skip.unknown-zone': 'Unknown zone',
    'skip.bad-property': 'Invalid property',
  },
);
