import { join } from 'node:path';

export const IMPORT_FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'import');

/**
 * Imports `ui-boundary.geojson` through the file picker and applies it as a new zone named
 * `name` (Chinese), as a user does: 用作 → 新增区域 → 区域名称（中文） → 应用.
 */
export async function importBoundaryAsZone(page, name) {
  await page
    .locator('input[type="file"]')
    .setInputFiles(join(IMPORT_FIXTURES, 'ui-boundary.geojson'));
  await page.getByText('已导入 ui-boundary.geojson').waitFor({ timeout: 60000 });
  const item = page
    .locator('li.user-layer')
    .filter({ has: page.getByRole('checkbox', { name: '显示 ui-boundary' }) });
  await item.locator('summary', { hasText: '用作' }).click();
  await item.getByRole('combobox', { name: '用作' }).selectOption('newZone');
  await item.getByRole('textbox', { name: '区域名称（中文）' }).fill(name);
  await item.getByRole('button', { name: '应用' }).click();
}
