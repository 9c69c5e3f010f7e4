import { defineMessages } from '../define-messages';

/**
 * The wording of the banners for data that failed to load (dataset-error-banner.tsx,
 * entity-notice-banner.tsx): both load on the first failure, beside the lazy catalog
 * (lazy-catalog.ts), so a page that loads cleanly never fetches them.
 */
export const loadNoticeMessages = defineMessages(
  {
    'data.error.zones': '无法加载“两园两带”范围数据:{detail}',
    'data.error.district': '无法加载区界数据:{detail}',
    'data.error.context': '无法加载周边区县数据:{detail}',
    'data.error.network': '文件无法读取(HTTP {status})',
    'data.error.json': '文件不是有效的 JSON',
    'data.error.notGeojson': '文件不是有效的 GeoJSON 要素集合',
    'data.error.retry': '重试',
    'data.error.dismiss': '关闭提示',
    'hostile.linkRefused': '已拒绝数据链接 {dataset}=“{link}”:只能加载本站的文件,已改用内置数据。',
    'hostile.refused': '链接不是本站文件,已拒绝',
    'hostile.tooLarge': '文件过大:{size} MB,上限 {limit} MB',
    'hostile.unexpected': '读取时出错({detail})',
    'hostile.timeout': '加载超过 {seconds} 秒仍未完成,已停止;地图其余部分可继续使用',
    'hostile.stalled': '下载停滞:{seconds} 秒内未收到任何数据,已停止(此前收到 {size} MB)',
    'hostile.workerFailed': '无法加载企业与项目数据:{detail}',
    'entities.skipped': '有 {count} 条记录因数据无效被跳过',
    'entities.skippedDetails': '查看原因',
    'entities.loadFailed': '无法加载{dataset}数据:{detail}',
    'stream.badManifest': '分片清单无效({detail})',
    'stream.tooManyRecords': '记录过多:{count} 条,上限 {limit} 条',
  },
  {
    'data.error.zones': 'Could not load the zones of the plan: {detail}',
    'data.error.district': 'Could not load the district outline: {detail}',
    'data.error.context': 'Could not load the neighbouring districts: {detail}',
    'data.error.network': 'the file could not be read (HTTP {status})',
    'data.error.json': 'the file is not valid JSON',
    'data.error.notGeojson': 'the file is not a valid GeoJSON FeatureCollection',
    'data.error.retry': 'Retry',
    'data.error.dismiss': 'Dismiss',
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
    'entities.skipped': '{count} records were skipped as invalid',
    'entities.skippedDetails': 'See why',
    'entities.loadFailed': 'Could not load the {dataset} data: {detail}',
    'stream.badManifest': 'the list of parts is not valid ({detail})',
    'stream.tooManyRecords': 'too many records: {count}, the limit is {limit}',
  },
);
