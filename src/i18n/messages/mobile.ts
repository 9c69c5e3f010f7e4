import { defineMessages } from '../define-messages';

/** Messages of the phone and tablet layout (short title, bottom sheet). */
export const mobileMessages = defineMessages(
  {
    'app.titleShort': '两园两带科创地图',
    'sheet.label': '面板',
    'sheet.handle': '调整面板高度(当前:{state})。点按切换,或用上下方向键',
    'sheet.peek': '收起',
    'sheet.half': '半屏',
    'sheet.full': '全屏',
  },
  {
    'app.titleShort': 'Two Parks, Two Belts',
    'sheet.label': 'Panel',
    'sheet.handle':
      'Resize the panel (now: {state}). Tap to cycle, or use the up and down arrow keys',
    'sheet.peek': 'collapsed',
    'sheet.half': 'half height',
    'sheet.full': 'full height',
  },
);
