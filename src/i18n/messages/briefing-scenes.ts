import { defineMessages } from '../define-messages';

/**
 * Messages about what a scene holds beyond camera and texts: its user zones, the in-view box,
 * drawn shapes and highlighted records (the wall's notice and the editor's list). Part of
 * briefingMessages (spread there), so the catalog needs no extra entry.
 */
export const briefingScenesMessages = defineMessages(
  {
    'sceneZones.missing': '本场景的用户区域在此浏览器中没有:{ids}。',
    'sceneZones.missingHint':
      '请在此浏览器导入该面图层并“用作新区域”;场景的其余部分照常播放,不按该区域筛选。',
    'sceneContent.heading': '场景内容',
    'sceneContent.nothing': '无绘制范围、重点记录、用户区域或视野筛选。',
    'sceneContent.shapes': '绘制范围({count})',
    'sceneContent.polygon': '多边形,{n} 个顶点',
    'sceneContent.rectangle': '矩形 {w}–{e}°E,{s}–{n}°N',
    'sceneContent.circle': '圆,半径 {km} 千米',
    'sceneContent.records': '重点记录({count})',
    'sceneContent.recordMissing': '{ref}(数据中找不到)',
    'sceneContent.userZones': '用户区域({count})',
    'sceneContent.zoneMissing': '{code}(此浏览器中没有)',
    'sceneContent.view': '视野筛选',
    'sceneContent.inView': '仅统计当前视野内:{w}–{e}°E,{s}–{n}°N',
    'sceneContent.remove': '移除:{what}',
    'sceneContent.removeButton': '移除',
  },
  {
    'sceneZones.missing': 'User zone of this scene not in this browser: {ids}.',
    'sceneZones.missingHint':
      'Import that polygon layer in this browser and use it as a new zone; the rest of the scene plays, without filtering by that zone.',
    'sceneContent.heading': 'What this scene holds',
    'sceneContent.nothing': 'No drawn areas, highlighted records, user zones or in-view filter.',
    'sceneContent.shapes': 'Drawn areas ({count})',
    'sceneContent.polygon': 'polygon, {n} vertices',
    'sceneContent.rectangle': 'rectangle {w}–{e}°E, {s}–{n}°N',
    'sceneContent.circle': 'circle, radius {km} km',
    'sceneContent.records': 'Highlighted records ({count})',
    'sceneContent.recordMissing': '{ref} (not found in the data)',
    'sceneContent.userZones': 'User zones ({count})',
    'sceneContent.zoneMissing': '{code} (not in this browser)',
    'sceneContent.view': 'View filter',
    'sceneContent.inView': 'Only what is in view: {w}–{e}°E, {s}–{n}°N',
    'sceneContent.remove': 'Remove: {what}',
    'sceneContent.removeButton': 'Remove',
  },
);
