import { defineMessages } from '../define-messages';

/** Messages of issue 13's fixes: filter results, export confirmation, links, record kinds. */
export const frictionMessages = defineMessages(
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
    'share.copy': '复制链接',
    'share.copied': '链接已复制，打开即可看到当前视图、筛选和语言',
    'share.manual': '无法自动复制，请手动复制下面的链接',
    'share.linkField': '当前视图的链接',
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
    'share.copy': 'Copy link',
    'share.copied': 'Link copied: it opens this view, filter and language',
    'share.manual': 'Could not copy automatically: copy the link below',
    'share.linkField': 'Link to this view',
  },
);
