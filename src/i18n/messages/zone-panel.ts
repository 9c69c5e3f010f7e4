import { defineMessages } from '../define-messages';

/**
 * The zone panel's messages (plan zones and, for area and sources, user zones): the panel is a
 * lazy chunk, so they load with the lazy catalog (lazy-catalog.ts), not with the first paint.
 */
export const zonePanelMessages = defineMessages(
  {
    'zone.kind': '类型',
    'zone.theme': '主题',
    'zone.industries': '主导产业',
    'zone.platforms': '重点平台',
    'zone.area': '面积',
    'zone.areaValue': '{value} 平方公里',
    'zone.areaNote': '按示意范围计算',
    'zone.description': '简介',
    'zone.provenance': '数据来源',
    'zone.basis': '绘制依据',
    'zone.confidence': '范围可信度',
    'zone.close': '关闭',
    'zone.schematicBadge': '示意范围',
  },
  {
    'zone.kind': 'Kind',
    'zone.theme': 'Theme',
    'zone.industries': 'Leading industries',
    'zone.platforms': 'Key platforms',
    'zone.area': 'Area',
    'zone.areaValue': '{value} km²',
    'zone.areaNote': 'of the schematic extent',
    'zone.description': 'Description',
    'zone.provenance': 'Provenance',
    'zone.basis': 'Why drawn here',
    'zone.confidence': 'Extent confidence',
    'zone.close': 'Close',
    'zone.schematicBadge': 'Schematic extent',
  },
);
