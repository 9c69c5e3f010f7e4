import { defineMessages } from '../define-messages';

/**
 * The phone layout's bottom sheet (bottom-sheet.tsx), which loads only on narrow screens: its
 * messages come with the lazy catalog (lazy-catalog.ts). Its stand-in shows none of them.
 */
export const sheetMessages = defineMessages(
  {
    'sheet.label': '面板',
    'sheet.handle': '调整面板高度(当前:{state})。点按切换,或用上下方向键',
    'sheet.peek': '收起',
    'sheet.half': '半屏',
    'sheet.full': '全屏',
  },
  {
    'sheet.label': 'Panel',
    'sheet.handle':
      'Resize the panel (now: {state}). Tap to cycle, or use the up and down arrow keys',
    'sheet.peek': 'collapsed',
    'sheet.half': 'half height',
    'sheet.full': 'full height',
  },
);
