import { join } from 'node:path';

export const IMPORT_FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'import');

/** The import UI's words a test acts on, in each language (as the messages say them). */
const WORDS = {
  zh: { show: (name) => `显示 ${name}`, use: '用作', apply: '应用' },
  en: { show: (name) => `Show ${name}`, use: 'Use as', apply: 'Apply' },
};

/** Imports a fixture of tests/fixtures/import through the file input. */
export const importFile = (page, name) =>
  page.locator('input[type="file"]').setInputFiles(join(IMPORT_FIXTURES, name));

/** The imported layer's list item, found by its show/hide checkbox. */
export const layerItem = (page, name, lang = 'zh') =>
  page
    .locator('li.user-layer')
    .filter({ has: page.getByRole('checkbox', { name: WORDS[lang].show(name) }) });

/**
 * Uses a layer as `kind` (enterprises, projects, zone, newZone) as a user does: 用作 / Use as,
 * pick the use, `beforeApply` (fill the form), 应用 / Apply.
 */
export async function applyLayerAs(page, name, kind, beforeApply = async () => {}, lang = 'zh') {
  const words = WORDS[lang];
  const item = layerItem(page, name, lang);
  await item.locator('summary', { hasText: words.use }).click();
  await item.getByRole('combobox', { name: words.use }).selectOption(kind);
  await beforeApply();
  await item.getByRole('button', { name: words.apply }).click();
}
