import { zhMessages } from '../define-messages';

/** Messages of the phone and tablet layout (short title, bottom sheet). */
export const mobileZh = zhMessages({
  'app.titleShort': '两园两带科创地图',
  'sheet.label': '面板',
  'sheet.handle': '调整面板高度(当前:{state})。点按切换,或用上下方向键',
  'sheet.peek': '收起',
  'sheet.half': '半屏',
  'sheet.full': '全屏',
});
