import { zhMessages } from '../define-messages';

/** Messages of issue 13's fixes: filter results, export confirmation, links, record kinds. */
export const frictionZh = zhMessages({
  'share.copy': '复制链接',
  'share.copied': '链接已复制，打开即可看到当前视图、筛选和语言',
  'share.manual': '无法自动复制，请手动复制下面的链接',
  'share.linkField': '当前视图的链接',
  'orgKind.enterprise': '企业',
  'orgKind.university': '高校',
  'orgKind.research-institute': '科研院所',
  'orgKind.platform': '平台/孵化器',
  'orgKind.legend': '记录类型',
  'search.outsideZones': '四个区域之外',
  'legend.projectSite': '项目用地范围（虚线多边形，颜色为项目状态；单击打开该项目）',
  'legend.kindsWhere': '见记录详情与搜索结果，可在“筛选”中按类型筛选',
});
