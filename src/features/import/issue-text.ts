import type { ImportIssue } from '../../domain/import';
import { type MessageKey, zhCatalog } from '../../i18n/catalog';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const isKey = (code: string): code is MessageKey => Object.hasOwn(zhCatalog, code);

/**
 * An importer issue in the user's language, as plain text: the record it concerns (1-based)
 * and the importer's message for its code, or the code itself when no message exists.
 */
export function issueText(t: T, issue: ImportIssue): string {
  const message = isKey(issue.code)
    ? t(issue.code, issue.params)
    : t('importUi.unknownIssue', { code: issue.code });
  return issue.index === null
    ? message
    : `${t('importUi.atRecord', { n: issue.index + 1 })}${message}`;
}
