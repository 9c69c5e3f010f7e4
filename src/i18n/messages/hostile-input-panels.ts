import { defineMessages } from '../define-messages';

/**
 * The messages of hostile-input.ts that only lazy panels use (record and zone panels, filter tab,
 * import): they load with the lazy catalog (lazy-catalog.ts), not with the first paint.
 */
export const hostileInputPanelMessages = defineMessages(
  {
    'skip.unreadable-record': '记录无法读取',
    'skip.too-many-vertices': '用地范围顶点过多',
    'skip.self-intersecting': '用地范围自相交',
    'skip.file-vertex-limit': '文件中用地范围的顶点总数超过上限(20 万),此用地及其后的用地未加载',
  },
  {
    'skip.unreadable-record': 'Record could not be read',
    'skip.too-many-vertices': 'Site outline has too many vertices',
    'skip.self-intersecting': 'Site outline crosses itself',
    'skip.file-vertex-limit':
      "The file's site outlines exceed the total limit of 200,000 vertices; this site and the ones after it were not loaded",
  },
);
