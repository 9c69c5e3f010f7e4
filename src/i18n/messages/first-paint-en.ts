import type { EnglishOf } from '../define-messages';
import type { firstPaintZh } from './first-paint';

/** English of first-paint.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const firstPaintEn: EnglishOf<typeof firstPaintZh> = {
  'tabs.analysis': 'Analysis',
  'briefing.open': 'Briefing',
  'editor.open': 'Edit briefing',
  'importUi.importedBoundary': 'imported boundary',
  'an.density.tip': '{count} records',
  'an.density.tipWeighted': '{value} · {count} projects',
  'draw.radiusLive': 'Radius {km} km',
};
