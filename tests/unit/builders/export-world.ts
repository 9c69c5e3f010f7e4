import type { ExportContext } from '../../../src/data/export/entity-rows';
import type { ZoneNames } from '../../../src/data/export/labels';
import type { Lang } from '../../../src/i18n/translate';
import type { FilterWorld } from './filter-world';

export const XIPENG = 0b0001;
export const JIULONG = 0b0010;
export const PENINSULA = 0b1000;

/** Fresh zone names per language, distinct from the ids so a test sees names were used. */
export function zoneNames(lang: Lang): ZoneNames {
  return lang === 'zh'
    ? {
        'xipeng-park': '西彭园区',
        'jiulong-park': '九龙园区',
        'yangjiaping-belt': '杨家坪带',
        'jiulong-peninsula-belt': '九龙半岛带',
      }
    : {
        'xipeng-park': 'Xipeng Park',
        'jiulong-park': 'Jiulong Park',
        'yangjiaping-belt': 'Yangjiaping Belt',
        'jiulong-peninsula-belt': 'Jiulong Peninsula Belt',
      };
}

export function exportContext(w: FilterWorld, lang: Lang): ExportContext {
  return { link: w.link, zoneNames: zoneNames(lang), lang };
}
