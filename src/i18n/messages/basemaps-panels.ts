import { defineMessages } from '../define-messages';

/**
 * The messages of basemaps.ts that only lazy parts use (the key and custom-source settings, the
 * failure notice): they load with the lazy catalog (lazy-catalog.ts), not with the first paint.
 */
export const basemapPanelMessages = defineMessages(
  {
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
  },
  {
    'basemap.key': 'Tianditu browser key (tk)',
    'basemap.keyHint':
      'Kept in this browser only; can also be given at build time as VITE_TIANDITU_KEY.',
    'basemap.keySave': 'Save key',
    'basemap.customUrl': 'Tile URL template',
    'basemap.customUrlHint':
      'With {z}, {x}, {y} ({-y} for TMS). The Content-Security-Policy allows only this site, this machine (127.0.0.1/localhost) and origins listed at build time in VITE_TILE_ORIGINS.',
    'basemap.customCrs': 'Tile coordinate system',
    'basemap.crs.wgs': 'WGS-84 (also Tianditu CGCS2000)',
    'basemap.crs.gcj': 'GCJ-02 (AMap, Tencent, …)',
    'basemap.customApply': 'Use this basemap',
    'basemap.problem.syntax': 'Not a valid http(s) address',
    'basemap.problem.placeholders': 'The address lacks a {z}, {x} or {y} placeholder',
    'basemap.problem.origin':
      'Origin {origin} is not allowed: the app’s Content-Security-Policy only allows this site, this machine and tile origins listed at build time (see the README).',
    'basemap.failed':
      'The basemap “{name}” could not be loaded ({reason}); showing the offline map instead. The data layers are unaffected.',
    'basemap.reason.http': 'HTTP 错误 {status}',
    'basemap.reason.http403': 'HTTP 403: bad key, domain not whitelisted or access refused',
    'basemap.reason.http418': 'HTTP 418: bad key or over quota',
    'basemap.reason.http429': 'HTTP 429: too many requests, rate limited',
    'basemap.reason.network': 'network error or request blocked',
    'basemap.reason.timeout': 'timed out: no tile arrived',
    'basemap.reason.no-key': 'no Tianditu key',
    'basemap.reason.policy': 'origin not allowed by the Content-Security-Policy',
    'basemap.dismiss': 'Dismiss',
  },
);
