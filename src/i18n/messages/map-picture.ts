import { defineMessages } from '../define-messages';

/** Messages of the "map as a picture" export. */
export const mapPictureMessages = defineMessages(
  {
    'picture.title': '导出地图图片(PNG)',
    'picture.size': '尺寸',
    'picture.size.1x': '屏幕大小 1×',
    'picture.size.2x': '屏幕 2×',
    'picture.size.4x': '屏幕 4×',
    'picture.size.a4': 'A4 横向 300 dpi',
    'picture.size.a3': 'A3 横向 300 dpi',
    'picture.export': '导出 PNG',
    'picture.working': '正在绘制图片…',
    'picture.done': '已导出 {width}×{height} 像素的图片',
    'picture.tooLarge':
      '图片 {width}×{height} 像素超过了本机显卡的上限({max} 像素/边),请选择较小的尺寸。',
    'picture.failed': '图片导出失败:{detail}',
    'picture.legend': '图例',
    'picture.enterprises': '企业与机构',
    'picture.projects': '项目',
    'picture.dataDate': '数据日期:{date};导出:{today}',
    'picture.north': '北',
    'picture.schematic': '区域为示意范围',
  },
  {
    'picture.title': 'Export the map as a picture (PNG)',
    'picture.size': 'Size',
    'picture.size.1x': 'Screen size 1×',
    'picture.size.2x': 'Screen 2×',
    'picture.size.4x': 'Screen 4×',
    'picture.size.a4': 'A4 landscape, 300 dpi',
    'picture.size.a3': 'A3 landscape, 300 dpi',
    'picture.export': 'Export PNG',
    'picture.working': 'Drawing the picture…',
    'picture.done': 'Exported a {width}×{height} px picture',
    'picture.tooLarge':
      'A {width}×{height} px picture exceeds this GPU’s limit ({max} px per side); choose a smaller size.',
    'picture.failed': 'The picture could not be exported: {detail}',
    'picture.legend': 'Legend',
    'picture.enterprises': 'Enterprises & institutions',
    'picture.projects': 'Projects',
    'picture.dataDate': 'Data date: {date}; exported {today}',
    'picture.north': 'N',
    'picture.schematic': 'zones are schematic',
  },
);
