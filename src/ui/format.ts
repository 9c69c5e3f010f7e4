import type { Lang } from '../i18n/translate';

/** Area in km² with two decimals, grouped for the language. */
export function formatKm2(km2: number, lang: Lang): string {
  return km2.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}
