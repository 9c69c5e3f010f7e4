import { zhMessages } from '../define-messages';

/** Messages of the basemap switcher, its settings and its fallback notice. */
export const basemapZh = zhMessages({
  'basemap.title': '背景地图',
  'basemap.offline': '离线底图(不联网)',
  'basemap.tdt-vec': '天地图 矢量',
  'basemap.tdt-img': '天地图 影像',
  'basemap.osm': 'OpenStreetMap 开放街图',
  'basemap.ofm': 'OpenFreeMap 矢量',
  'basemap.custom': '自定义瓦片(XYZ/TMS)',
  'basemap.needsKey': '需要天地图密钥',
  'basemap.settings': '底图设置',
  'basemap.key': '天地图浏览器端密钥(tk)',
  'basemap.keyHint': '保存在本机浏览器中;也可在构建时通过 VITE_TIANDITU_KEY 提供。',
  'basemap.keySave': '保存密钥',
  'basemap.customUrl': '瓦片地址模板',
  'basemap.customUrlHint':
    '含 {z}、{x}、{y}(TMS 用 {-y})。内容安全策略只允许本站、本机(127.0.0.1/localhost)及构建时 VITE_TILE_ORIGINS 列出的来源。',
  'basemap.customCrs': '瓦片坐标系',
  'basemap.crs.wgs': 'WGS-84(含天地图 CGCS2000)',
  'basemap.crs.gcj': 'GCJ-02(高德、腾讯等)',
  'basemap.customApply': '使用此底图',
  'basemap.problem.syntax': '地址无效:需为 http(s) 地址',
  'basemap.problem.placeholders': '地址缺少 {z}、{x} 或 {y} 占位符',
  'basemap.problem.origin':
    '不允许的来源 {origin}:本应用的内容安全策略只允许本站、本机及构建时列出的瓦片来源(见 README)。',
  'basemap.gcjNotice':
    '当前底图为 GCJ-02 坐标:地图上的数据已临时偏移到 GCJ-02 显示;统计、导出和链接仍为 WGS-84。',
  'basemap.opacity': '区域填充不透明度',
  'basemap.failed': '底图“{name}”无法加载({reason}),已切换回离线底图;数据图层不受影响。',
  'basemap.reason.http': 'HTTP 错误 {status}',
  'basemap.reason.http403': 'HTTP 403:密钥无效、域名不在白名单或访问被拒绝',
  'basemap.reason.http418': 'HTTP 418:密钥无效或超出配额',
  'basemap.reason.http429': 'HTTP 429:请求过多,已被限流',
  'basemap.reason.network': '网络错误或请求被拦截',
  'basemap.reason.timeout': '超时:长时间未收到任何瓦片',
  'basemap.reason.no-key': '没有天地图密钥',
  'basemap.reason.policy': '来源不被内容安全策略允许',
  'basemap.dismiss': '关闭提示',
});
