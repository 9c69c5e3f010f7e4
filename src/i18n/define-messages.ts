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

/**
 * The Chinese messages of a first-paint feature. Its English lives in `<feature>-en.ts`, typed
 * `EnglishOf<typeof …Zh>`, and loads with the English catalog (catalog-en.ts) when first needed.
 */
export function zhMessages<const Z extends Record<string, string>>(zh: Z): Z {
  return zh;
}

/** English messages with exactly the keys of a feature's Chinese ones. */
export type EnglishOf<Z> = Record<keyof Z, string>;
