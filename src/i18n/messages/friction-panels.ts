import { defineMessages } from '../define-messages';

/**
 * The messages of friction.ts that only lazy panels use (record and zone panels, filter tab,
 * import): they load with the lazy catalog (lazy-catalog.ts), not with the first paint.
 */
export const frictionPanelMessages = defineMessages(
  {
    'zoneList.sort.employees': '员工人数',
    'resultList.realFirst': '真实记录在前',
    'resultList.realCount': '其中真实记录 {real} 条，共 {total} 条',
    'results.title': '符合条件的记录',
    'results.enterprises': '企业({count})',
    'results.projects': '项目({count})',
    'results.group': '筛选结果',
    'export.doneRows': '已导出 {file}，共 {rows} 行数据。',
    'export.doneFeatures': '已导出 {file}，共 {rows} 个要素。',
    'around.radius': '周边半径(公里)',
    'around.apply': '筛选周边 {km} 公里',
    'around.invalid': '请输入大于 0、不超过 {max} 的数',
    'zone.noRealData': '此区域暂无真实企业数据',
  },
  {
    'zoneList.sort.employees': 'Employees',
    'resultList.realFirst': 'Real records first',
    'resultList.realCount': '{real} of {total} are real records',
    'results.title': 'Matching records',
    'results.enterprises': 'Enterprises ({count})',
    'results.projects': 'Projects ({count})',
    'results.group': 'Filter result',
    'export.doneRows': 'Exported {file}: {rows} data rows.',
    'export.doneFeatures': 'Exported {file}: {rows} features.',
    'around.radius': 'Radius around it (km)',
    'around.apply': 'Filter within {km} km',
    'around.invalid': 'Enter a number above 0 and up to {max}',
    'zone.noRealData': 'No real enterprise data for this zone yet',
  },
);
