import { defineMessages } from '../define-messages';

/**
 * The messages of user-zones.ts that only lazy panels use (record and zone panels, filter tab,
 * import): they load with the lazy catalog (lazy-catalog.ts), not with the first paint.
 */
export const userZonePanelMessages = defineMessages(
  {
    'importUi.use.newZone': '新增区域',
    'importUi.usedAs.newZone': '已用作新增区域“{name}”',
    'userZone.nameZh': '区域名称（中文）',
    'userZone.nameEn': '区域名称（英文）',
    'userZone.formNote':
      '文件中的全部多边形作为一个新区域，列入区域列表和统计；它不是规划的“两园两带”之一，不计入规划目标。',
    'userZone.close': '关闭',
    'userZone.areaNote': '按导入边界计算',
    'userZone.planNote': '此区域由用户导入，不属于规划的“两园两带”，规划目标不涉及它。',
  },
  {
    'importUi.use.newZone': 'New zone',
    'importUi.usedAs.newZone': 'Used as the new zone “{name}”',
    'userZone.nameZh': 'Zone name (Chinese)',
    'userZone.nameEn': 'Zone name (English)',
    'userZone.formNote':
      'All polygons of the file become one new zone, listed with the zones and in the statistics; it is not one of the plan’s two parks and two belts and has no plan targets.',
    'userZone.close': 'Close',
    'userZone.areaNote': 'of the imported boundary',
    'userZone.planNote':
      'Imported by a user: not one of the plan’s two parks and two belts, so no plan target concerns it.',
  },
);
