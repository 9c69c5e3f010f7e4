import { useCallback, useSyncExternalStore } from 'react';
import { messagesVersion, subscribeMessages } from '../i18n/lazy-messages';
import type { MessageKey } from '../i18n/translate';
import { type MessageParams, translate } from '../i18n/translate';
import { useAppStore } from './store';

/**
 * The current language's translate function; re-renders the caller when the language changes
 * or when the lazy features' messages arrive.
 */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const lang = useAppStore((s) => s.lang);
  const version = useSyncExternalStore(subscribeMessages, messagesVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new function when messages arrive
  return useCallback((key, params) => translate(lang, key, params), [lang, version]);
}
