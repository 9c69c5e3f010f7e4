import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/data/import/import-error';
import { importFile, MAX_IMPORT_BYTES } from '../../../src/data/import/import-file';
import { enCatalog, zhCatalog } from '../../../src/i18n/catalog';
import { importFixture, rejectionCode } from './fixtures';

/** Broken files that fail as a whole, and the message code each must give. */
const REFUSED: [string, string][] = [
  ['bad-malformed.geojson', 'import.error.malformedJson'],
  ['bad-not-geojson.json', 'import.error.notGeoJson'],
  ['bad-empty.geojson', 'import.error.empty'],
  ['bad-empty.csv', 'import.error.empty'],
  ['bad-no-coordinates.csv', 'import.error.noCoordinateColumns'],
  ['bad-encoding.csv', 'import.error.encoding'],
  ['bad-truncated.zip', 'import.error.badZip'],
  ['bad-no-prj.zip', 'import.error.noPrj'],
  ['bad-unsupported-crs.zip', 'import.error.unsupportedCrs'],
  ['bad-kml.kml', 'import.error.badKml'],
];

/** Partly bad files: the good items import, the bad one is listed with its code and row/feature. */
const PARTLY: [string, string, Record<string, number>][] = [
  ['bad-unsupported-geometry.geojson', 'import.error.unsupportedGeometry', { feature: 2 }],
  ['bad-unclosed-ring.geojson', 'import.error.ringNotClosed', { feature: 2 }],
  ['bad-swapped-row.csv', 'import.error.rowSwapped', { row: 4 }],
  ['bad-out-of-range.csv', 'import.error.rowOutOfRange', { row: 3 }],
  ['bad-blank-coordinates.csv', 'import.error.rowNoCoordinates', { row: 3 }],
];

describe('broken files', () => {
  it.each(REFUSED)('%s is refused with %s', async (name, code) => {
    expect(await rejectionCode(importFixture(name))).toBe(code);
  });

  it('names the coordinate system it refuses', async () => {
    await expect(importFixture('bad-unsupported-crs.zip')).rejects.toMatchObject({
      issue: { params: { name: 'Xian_1980_3_Degree_GK_CM_105E' } },
    });
  });

  it('lists the header when no coordinate column is found', async () => {
    await expect(importFixture('bad-no-coordinates.csv')).rejects.toMatchObject({
      issue: { params: { columns: '名称, 地址' } },
    });
  });

  it.each(PARTLY)(
    '%s keeps its good items and lists the bad one (%s)',
    async (name, code, where) => {
      const r = await importFixture(name);
      expect(r.features.length).toBeGreaterThan(0);
      expect(r.skipped[0]).toMatchObject({ code, params: where });
      const index = 'row' in where ? (where.row as number) - 2 : (where.feature as number) - 1;
      expect(r.skipped[0]?.index).toBe(index);
    },
  );

  it('skips a second blank-coordinate row too, and imports only the valid one', async () => {
    const r = await importFixture('bad-blank-coordinates.csv');
    expect(r.features).toHaveLength(1);
    expect(r.skipped.map((s) => s.params?.row)).toEqual([3, 4]);
  });

  it('swaps a file whose latitude and longitude columns are all swapped, and says so', async () => {
    const r = await importFixture('register-swapped.csv');
    expect(r.warnings.map((w) => w.code)).toEqual(['import.warning.swappedLatLng']);
    expect(r.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [106.45, 29.45] });
  });

  it('refuses a file over the size limit before reading it', async () => {
    // A Blob-shaped object: the limit is checked on .size, so nothing is allocated or read.
    const huge = { size: MAX_IMPORT_BYTES + 1 } as Blob;
    await expect(importFile(huge, 'huge.geojson', { crs: null })).rejects.toMatchObject({
      issue: { code: 'import.error.tooLarge', params: { limit: 100 } },
    });
  });

  it('refuses an unknown format by name', async () => {
    const p = importFile(new Blob(['hello']), 'notes.docx', { crs: null });
    await expect(p).rejects.toMatchObject({
      issue: { code: 'import.error.unsupportedFormat', params: { name: 'notes.docx' } },
    });
  });

  it('stops with import.error.cancelled when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const p = importFile(
      new Blob(['{}']),
      'a.geojson',
      { crs: null },
      undefined,
      controller.signal,
    );
    expect(await rejectionCode(p)).toBe('import.error.cancelled');
  });

  it('has zh and en text for every code it can emit', async () => {
    const codes = new Set([...REFUSED, ...PARTLY].map(([, code]) => code));
    for (const code of [
      'import.error.cancelled',
      'import.error.tooLarge',
      'import.error.unsupportedFormat',
    ]) {
      codes.add(code);
    }
    for (const code of codes) {
      expect(zhCatalog, code).toHaveProperty([code]);
      expect(enCatalog, code).toHaveProperty([code]);
    }
  });

  it('rejects with an ImportError carrying the issue', async () => {
    const error = await importFixture('bad-empty.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).issue).toEqual({ index: null, code: 'import.error.empty' });
  });
});
