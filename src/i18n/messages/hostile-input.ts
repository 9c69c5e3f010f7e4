import { zhMessages } from '../define-messages';

/** Messages for refused links, oversized or broken files and other hostile input. */
export const hostileInputZh = zhMessages({
  'hostile.linkRefused': '已拒绝数据链接 {dataset}=“{link}”:只能加载本站的文件,已改用内置数据。',
  'hostile.refused': '链接不是本站文件,已拒绝',
  'hostile.tooLarge': '文件过大:{size} MB,上限 {limit} MB',
  'hostile.unexpected': '读取时出错({detail})',
  'hostile.timeout': '加载超过 {seconds} 秒仍未完成,已停止;地图其余部分可继续使用',
  'hostile.stalled': '下载停滞:{seconds} 秒内未收到任何数据,已停止(此前收到 {size} MB)',
  'hostile.workerFailed': '无法加载企业与项目数据:{detail}',
  'hostile.mapError': '地图出现错误:{detail}',
  'hostile.dismiss': '知道了',
});
