import { defineMessages } from '../define-messages';

/** Messages of the draw feature. */
export const drawMessages = defineMessages(
  {
    'draw.title': '在地图上画范围',
    'draw.polygon': '画多边形',
    'draw.rectangle': '画矩形',
    'draw.circle': '画圆',
    'draw.point': '按点和半径',
    'draw.select': '选择与编辑',
    'draw.idle': '选一个工具，在地图上画出范围，只看范围内的企业和项目。',
    'draw.hint.polygon': '在地图上逐点单击；单击最后一点或按 Enter 完成，Esc 取消。',
    'draw.hint.rectangle': '在地图上拖动，或先后单击两个对角；Esc 取消。',
    'draw.hint.circle': '从圆心拖到边缘，或先单击圆心再单击边缘；Esc 取消。',
    'draw.hint.point': '单击地图上的一点，得到半径 {km} 公里的圆；半径可在下方列表中修改。',
    'draw.hint.select': '单击图形选中，拖动可移动；按 Delete 删除选中的图形，Esc 退出。',
    'draw.shapes': '已画的图形（{count} 个）',
    'draw.empty': '还没有画图形。',
    'draw.union': '多个图形取并集：落在任一图形内即算在内。',
    'draw.label.polygon': '多边形 {n}',
    'draw.label.rectangle': '矩形 {n}',
    'draw.label.circle': '圆 {n}',
    'draw.area': '{value} 平方公里',
    'draw.radiusSummary': '半径 {value} 公里',
    'draw.radius': '半径(公里)',
    'draw.radiusInvalid': '请输入大于 0、不超过 {max} 的数',
    'draw.delete': '删除',
    'draw.deleteShape': '删除 {label}',
    'draw.clearAll': '清除全部图形',
  },
  {
    'draw.title': 'Draw an area on the map',
    'draw.polygon': 'Draw polygon',
    'draw.rectangle': 'Draw rectangle',
    'draw.circle': 'Draw circle',
    'draw.point': 'Within radius of a point',
    'draw.select': 'Select and edit',
    'draw.idle':
      'Pick a tool and draw an area on the map to see only the enterprises and projects inside it.',
    'draw.hint.polygon':
      'Click points on the map; click the last point or press Enter to finish, Esc to cancel.',
    'draw.hint.rectangle': 'Drag on the map, or click two opposite corners; Esc to cancel.',
    'draw.hint.circle':
      'Drag from the centre to the edge, or click the centre and then the edge; Esc to cancel.',
    'draw.hint.point':
      'Click a point on the map to get a {km} km circle; change the radius in the list below.',
    'draw.hint.select':
      'Click a shape to select it and drag to move it; Delete removes it, Esc leaves.',
    'draw.shapes': 'Drawn shapes ({count})',
    'draw.empty': 'No shapes drawn yet.',
    'draw.union': 'Several shapes combine: a record inside any of them counts.',
    'draw.label.polygon': 'Polygon {n}',
    'draw.label.rectangle': 'Rectangle {n}',
    'draw.label.circle': 'Circle {n}',
    'draw.area': '{value} km²',
    'draw.radiusSummary': 'radius {value} km',
    'draw.radius': 'Radius (km)',
    'draw.radiusInvalid': 'Enter a number above 0 and up to {max}',
    'draw.delete': 'Delete',
    'draw.deleteShape': 'Delete {label}',
    'draw.clearAll': 'Clear all shapes',
  },
);
