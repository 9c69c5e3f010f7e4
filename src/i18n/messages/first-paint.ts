import { zhMessages } from '../define-messages';

/**
 * Messages of lazy-loaded features that the first paint (or the map, before their panel loads)
 * shows: the analysis tab's label, the briefing buttons, the imported-boundary note of a zone
 * row, the density tooltips and the live circle radius. Their feature files are fetched after
 * first paint (i18n/lazy-catalog.ts); these stay in the first-paint bundle.
 */
export const firstPaintZh = zhMessages({
  'tabs.analysis': '分析',
  'briefing.open': '汇报模式',
  'editor.open': '编辑汇报',
  'importUi.importedBoundary': '导入边界',
  'an.density.tip': '{count} 条记录',
  'an.density.tipWeighted': '{value} · {count} 个项目',
  'draw.radiusLive': '半径 {km} 公里',
});
