import { zhMessages } from '../define-messages';

/** Messages of zones that users add from an imported polygon layer. */
export const userZonesZh = zhMessages({
  'userZone.listTitle': '用户添加的区域',
  'userZone.badge': '用户提供',
  'userZone.badgeTitle': '边界来自导入的文件，不是规划的示意范围',
  'userZone.source': '来源：{file}',
});
