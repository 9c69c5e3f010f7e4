import { defineMessages } from '../define-messages';

/** Messages of user zones as rows of the statistics, the zone comparison and its export. */
export const userZoneStatsMessages = defineMessages(
  {
    'userZoneStats.col.source': '区域来源',
    'userZoneStats.source.plan': '规划“两园两带”',
    'userZoneStats.source.user': '用户提供（{file}）',
    'userZoneStats.option': '{name}（用户提供）',
    'userZoneStats.areaNote':
      '{name}由用户提供（边界文件 {file}）：不属于规划的“两园两带”，无规划目标；计数与规划区域用同一筛选和同一计算。',
    'userZoneStats.lqNoPlan': '{zone}（用户提供）：规划未为它确定产业，无规划目标',
    'userZoneStats.cmpNote':
      '标“用户提供”的区域来自导入的边界文件：面积按导入边界计算，不属于规划，无规划目标。',
  },
  {
    'userZoneStats.col.source': 'Zone source',
    'userZoneStats.source.plan': 'plan’s two parks and two belts',
    'userZoneStats.source.user': 'user-provided ({file})',
    'userZoneStats.option': '{name} (user-provided)',
    'userZoneStats.areaNote':
      '{name} is user-provided (boundary file {file}): not one of the plan’s two parks and two belts, so no plan target; counted with the same filter and the same code as the plan zones.',
    'userZoneStats.lqNoPlan':
      '{zone} (user-provided): the plan names no industries for it, no plan target',
    'userZoneStats.cmpNote':
      'Zones marked user-provided come from imported boundary files: area of the imported boundary, not part of the plan, no plan target.',
  },
);
