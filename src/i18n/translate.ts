import { enCatalog, type MessageKey, zhCatalog } from './catalog';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type MessageParams = Record<string, string | number>;

export type { MessageKey };

const catalogs: Record<Lang, Record<MessageKey, string>> = { zh: zhCatalog, en: enCatalog };

/** Looks a message up and fills its {placeholders}; parameters are plain text, never HTML. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Picks the zh or en variant of a bilingual data field. */
export function pick<T>(lang: Lang, zhValue: T, enValue: T): T {
  return lang === 'zh' ? zhValue : enValue;
}
