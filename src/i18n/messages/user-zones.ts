import { zhMessages } from '../define-messages';

/** Messages of zones that users add from an imported polygon layer. */
export const userZonesZh = zhMessages({
  'importUi.use.newZone': '新增区域',
  'importUi.usedAs.newZone': '已用作新增区域“{name}”',
  'userZone.nameZh': '区域名称（中文）',
  'userZone.nameEn': '区域名称（英文）',
  'userZone.formNote':
    '文件中的全部多边形作为一个新区域，列入区域列表和统计；它不是规划的“两园两带”之一，不计入规划目标。',
  'userZone.listTitle': '用户添加的区域',
  'userZone.badge': '用户提供',
  'userZone.badgeTitle': '边界来自导入的文件，不是规划的示意范围',
  'userZone.source': '来源：{file}',
  'userZone.close': '关闭',
  'userZone.areaNote': '按导入边界计算',
  'userZone.planNote': '此区域由用户导入，不属于规划的“两园两带”，规划目标不涉及它。',
});
