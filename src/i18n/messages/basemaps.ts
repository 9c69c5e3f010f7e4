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
  'basemap.gcjNotice':
    '当前底图为 GCJ-02 坐标:地图上的数据已临时偏移到 GCJ-02 显示;统计、导出和链接仍为 WGS-84。',
  'basemap.opacity': '区域填充不透明度',
});
