import { zhMessages } from '../define-messages';

/** Messages of the search feature. */
export const searchZh = zhMessages({
  'search.label': '搜索企业、项目、区域',
  'search.placeholder': '名称、拼音或首字母',
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
});
