/**
 * One feature's messages in both languages. The English object must have exactly the Chinese
 * object's keys (checked by the type here and by a unit test).
 */
export function defineMessages<const Z extends Record<string, string>>(
  zh: Z,
  en: Record<keyof Z, string>,
): { zh: Z; en: Record<keyof Z, string> } {
  return { zh, en };
}
