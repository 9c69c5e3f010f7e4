import type { StateCreator } from 'zustand';
import { isLang, type Lang } from '../i18n/translate';
import type { AppState } from './store';

export interface LangSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LANG_STORAGE_KEY = 'jlp-map.lang';

/** Chinese is the default; a stored choice wins. Storage may be unavailable (private mode). */
export function initialLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : 'zh';
  } catch {
    return 'zh';
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
