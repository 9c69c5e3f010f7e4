import { applyLayerAs, importFile, layerItem } from './import-helpers.mjs';

export { IMPORT_FIXTURES } from './import-helpers.mjs';

/**
 * Imports `ui-boundary.geojson` through the file picker and applies it as a new zone named
 * `name` (Chinese), as a user does: 用作 → 新增区域 → 区域名称（中文） → 应用.
 */
export async function importBoundaryAsZone(page, name) {
  await importFile(page, 'ui-boundary.geojson');
  await page.getByText('已导入 ui-boundary.geojson').waitFor({ timeout: 60000 });
  await applyLayerAs(page, 'ui-boundary', 'newZone', () =>
    layerItem(page, 'ui-boundary').getByRole('textbox', { name: '区域名称（中文）' }).fill(name),
  );
}
