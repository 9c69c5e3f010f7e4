import { enCatalog, type MessageKey, zhCatalog } from './catalog';
import {
  englishMessagesLoaded,
  lazyMessagesLoaded,
  loadEnglish,
  loadLazyMessages,
} from './lazy-messages';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type MessageParams = Record<string, string | number>;

export type { MessageKey };

const catalogs: Record<Lang, Partial<Record<MessageKey, string>>> = {
  zh: zhCatalog,
  en: enCatalog,
};

/**
 * Looks a message up and fills its {placeholders}; parameters are plain text, never HTML.
 * A lazy feature's message asked for before its messages arrived is blank (and starts the
 * load; useT re-renders the caller when they arrive); lazy panels wait for them, so this is
 * only a safety net. English loads on first use too (lazy-messages.ts).
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  if (lang === 'en' && !englishMessagesLoaded()) {
    // English asked for before it arrived (a `lang=en` link followed at run time): Chinese for
    // that moment rather than a blank, and useT re-renders in English once it is here.
    void loadEnglish().catch(() => undefined);
    return translate('zh', key, params);
  }
  const template = catalogs[lang][key];
  if (template === undefined) {
    if (lazyMessagesLoaded()) return key;
    void loadLazyMessages().catch(() => undefined);
    return '';
  }
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
