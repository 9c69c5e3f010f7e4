import { defineMessages } from '../define-messages';

/**
 * The search box's messages other than its placeholder (search.ts, shown by the stand-in at
 * first paint): the box is a lazy chunk and loads them with the lazy catalog (lazy-catalog.ts).
 */
export const searchPanelMessages = defineMessages(
  {
    'search.label': '搜索企业、项目、区域',
    'search.results': '搜索结果',
    'search.count': '找到 {count} 条结果',
    'search.countTruncated': '找到 {total} 条结果，显示前 {shown} 条',
    'search.noResults': '没有匹配的结果',
    'search.loading': '正在准备搜索…',
    'search.failed': '搜索暂不可用，请刷新页面重试',
    'search.kind.zone': '区域',
    'search.kind.enterprise': '企业',
    'search.kind.project': '项目',
    'search.synthetic': '模拟',
    'search.syntheticTitle': '模拟数据，并非真实记录',
  },
  {
    'search.label': 'Search enterprises, projects, zones',
    'search.results': 'Search results',
    'search.count': 'Results: {count}',
    'search.countTruncated': 'Showing {shown} of {total} results',
    'search.noResults': 'No results',
    'search.loading': 'Preparing search…',
    'search.failed': 'Search is unavailable; reload the page to retry',
    'search.kind.zone': 'Zone',
    'search.kind.enterprise': 'Enterprise',
    'search.kind.project': 'Project',
    'search.synthetic': 'Synthetic',
    'search.syntheticTitle': 'Synthetic record, not real data',
  },
);
