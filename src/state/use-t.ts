import { useCallback } from 'react';
import type { MessageKey } from '../i18n/translate';
import { type MessageParams, translate } from '../i18n/translate';
import { useAppStore } from './store';

/** The current language's translate function; re-renders the caller when the language changes. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
