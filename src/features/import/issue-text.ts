import type { ImportIssue } from '../../domain/import';
import { type MessageKey, zhCatalog } from '../../i18n/catalog';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const isKey = (code: string): code is MessageKey => Object.hasOwn(zhCatalog, code);

/**
 * An importer issue in the user's language, as plain text. The importer's messages name the
 * row or feature themselves; an unknown code gets the record number (1-based) in front.
 */
export function issueText(t: T, issue: ImportIssue): string {
  if (isKey(issue.code)) return t(issue.code, issue.params);
  const message = t('importUi.unknownIssue', { code: issue.code });
  return issue.index === null
    ? message
    : `${t('importUi.atRecord', { n: issue.index + 1 })}${message}`;
}
