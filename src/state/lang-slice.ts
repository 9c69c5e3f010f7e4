import type { StateCreator } from 'zustand';
import { isLang, type Lang } from '../i18n/translate';
import type { AppState } from './store';

export interface LangSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LANG_STORAGE_KEY = 'jlp-map.lang';

/**
 * The browser's first preferred language decides a first visit: zh* reads Chinese, anything
 * else English (the only other language we have). No preference at all keeps Chinese.
 */
export function browserLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.[0];
  if (!first) return 'zh';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * A stored choice wins; a first visit follows the browser. (A `lang=` in the link wins over
 * both, applied by hydrateFromHash.) Storage may be unavailable (private mode).
 */
export function initialLang(): Lang {
  const fromBrowser = () => browserLang(globalThis.navigator?.languages);
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : fromBrowser();
  } catch {
    return fromBrowser();
  }
}

export const createLangSlice: StateCreator<AppState, [], [], LangSlice> = (set) => ({
  lang: initialLang(),
  setLang: (lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Persisting is a convenience; the switch itself must still work.
    }
    set({ lang });
  },
});
