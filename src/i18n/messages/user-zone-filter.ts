import { defineMessages } from '../define-messages';

/**
 * Messages of user zones as first-class zones: filter rows, plan targets, provenance. Only lazy
 * panels (filter tab, zone panel, statistics, analysis) show them: they load with the lazy
 * catalog (lazy-catalog.ts).
 */
export const userZoneFilterMessages = defineMessages(
  {
    'userZoneFilter.label': '{name}（用户提供）· 企业 {enterprises} · 项目 {projects}',
    'userZoneFilter.linking': '{name}（用户提供）· 正在关联记录…',
    'userZone.planTarget': '规划目标',
    'userZone.noPlanTarget': '无规划目标：此区域由用户添加，规划未给它设定目标',
    'userZone.noTarget': '无规划目标',
    'userZone.sourceLine': '导入的边界文件 {file}（坐标系 {crs}；{date} 导入）',
  },
  {
    'userZoneFilter.label':
      '{name} (user-provided) · {enterprises} enterprises · {projects} projects',
    'userZoneFilter.linking': '{name} (user-provided) · linking records…',
    'userZone.planTarget': 'Plan target',
    'userZone.noPlanTarget': 'No plan target: a zone you added has no target in the plan',
    'userZone.noTarget': 'no plan target',
    'userZone.sourceLine': 'Imported boundary file {file} (CRS {crs}; imported {date})',
  },
);
