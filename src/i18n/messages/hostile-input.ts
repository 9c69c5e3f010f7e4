import { defineMessages } from '../define-messages';

/** Messages for refused links, oversized or broken files and other hostile input. */
export const hostileInputMessages = defineMessages(
  {
    'hostile.linkRefused': '已拒绝数据链接 {dataset}=“{link}”:只能加载本站的文件,已改用内置数据。',
    'hostile.refused': '链接不是本站文件,已拒绝',
    'hostile.tooLarge': '文件过大:{size} MB,上限 {limit} MB',
    'hostile.unexpected': '读取时出错({detail})',
    'hostile.timeout': '加载超过 {seconds} 秒仍未完成,已停止;地图其余部分可继续使用',
    'hostile.stalled': '下载停滞:{seconds} 秒内未收到任何数据,已停止(此前收到 {size} MB)',
    'hostile.workerFailed': '无法加载企业与项目数据:{detail}',
    'hostile.mapError': '地图出现错误:{detail}',
    'hostile.dismiss': '知道了',
    'skip.unreadable-record': '记录无法读取',
    'skip.too-many-vertices': '用地范围顶点过多',
    'skip.self-intersecting': '用地范围自相交',
    'skip.file-vertex-limit': '文件中用地范围的顶点总数超过上限(20 万),此用地及其后的用地未加载',
  },
  {
    'hostile.linkRefused':
      'Refused the data link {dataset}="{link}": only files from this site can be loaded; the built-in data is shown instead.',
    'hostile.refused': 'the link is not a file on this site and was refused',
    'hostile.tooLarge': 'file too large: {size} MB, the limit is {limit} MB',
    'hostile.unexpected': 'an error while reading it ({detail})',
    'hostile.timeout':
      'loading did not finish within {seconds} s and was stopped; the rest of the map still works',
    'hostile.stalled':
      'the download stalled: no data arrived for {seconds} s, so it was stopped ({size} MB received before)',
    'hostile.workerFailed': 'Could not load enterprises and projects: {detail}',
    'hostile.mapError': 'The map reported an error: {detail}',
    'hostile.dismiss': 'Dismiss',
    'skip.unreadable-record': 'Record could not be read',
    'skip.too-many-vertices': 'Site outline has too many vertices',
    'skip.self-intersecting': 'Site outline crosses itself',
    'skip.file-vertex-limit':
      "The file's site outlines exceed the total limit of 200,000 vertices; this site and the ones after it were not loaded",
  },
);
