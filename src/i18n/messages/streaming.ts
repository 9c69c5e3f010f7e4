import { zhMessages } from '../define-messages';

/** Messages of a streamed (large) enterprise load: progress and manifest problems. */
export const streamingZh = zhMessages({
  'stream.label': '企业数据加载进度',
  'stream.loading': '正在加载企业:已读取 {read} / {total} 条',
  'stream.loadingUnknown': '正在加载企业:已读取 {read} 条',
  'stream.done': '企业已全部加载:共 {read} 条',
  'stream.usable': '已加载部分可直接浏览与筛选',
});
