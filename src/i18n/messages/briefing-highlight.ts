import { defineMessages } from '../define-messages';

/**
 * Messages about a scene's highlighted records. Part of briefingMessages (spread there), so the
 * catalog needs no extra entry.
 */
export const briefingHighlightMessages = defineMessages(
  {
    'highlight.missing': '本场景的重点记录在数据中找不到:{ids}。',
    'highlight.missingHint': '请检查汇报脚本中的 highlight.records。',
  },
  {
    'highlight.missing': 'Highlighted record not found in the data: {ids}.',
    'highlight.missingHint': 'Check highlight.records in the briefing script.',
  },
);
