import { useRef } from 'react';
import { downloadText } from '../../data/export/download';
import { TEMPLATE_FILE_NAME, templateCsv } from '../../data/import/csv-template';
import { crsLabel } from '../../data/import/layer-provenance';
import type { ImportCrs } from '../../domain/import';
import { crsOfEpsg } from '../../geo/projected-crs';
import { useT } from '../../state/use-t';
import { useImportSession } from './import-session';
import { ImportStatus } from './import-status';
import { useImportFile } from './use-import-file';
import { UserLayerList } from './user-layer-list';
import './import.css';

const NAMED = ['auto', 'wgs84', 'gcj02', 'bd09'] as const;
/**
 * Projected systems offered by name for files without a .prj: CGCS2000 Gauss-Krüger with
 * central meridian 105°E (3° without and with the zone number, 6°), which cover Jiulongpo,
 * and UTM 48N.
 */
const EPSG_CHOICES = [4545, 4523, 4507, 32648] as const;

function toCrs(choice: string): ImportCrs | null {
  if (choice.startsWith('epsg:')) return crsOfEpsg(Number(choice.slice(5)));
  return choice === 'wgs84' || choice === 'gcj02' || choice === 'bd09' ? { kind: choice } : null;
}

function fromCrs(crs: ImportCrs | null): string {
  if (crs === null) return 'auto';
  return crs.kind === 'projected' ? `epsg:${crs.epsg}` : crs.kind;
}

export const IMPORT_ACCEPT = '.geojson,.json,.csv,.txt,.kml,.kmz,.zip,.xlsx';

/** 我的数据: the file picker, the CRS choice, the template, the import status and the layers. */
export function ImportPanel() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const importFile = useImportFile();
  const crs = useImportSession((s) => s.crs);
  const setCrs = useImportSession((s) => s.setCrs);
  return (
    <section className="panel import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('importUi.title')}</h2>
      <p className="note">{t('importUi.intro')}</p>
      <div className="import-panel__actions">
        <button type="button" className="import-button" onClick={() => input.current?.click()}>
          {t('importUi.button')}
        </button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          // Opened by the button above: hidden from assistive technology too, so a screen
          // reader meets one "Import data" button, not two of the same name.
          tabIndex={-1}
          aria-hidden="true"
          accept={IMPORT_ACCEPT}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file, file.name);
            e.currentTarget.value = '';
          }}
        />
        <button
          type="button"
          className="link-button"
          onClick={() => downloadText(templateCsv(), TEMPLATE_FILE_NAME, 'csv')}
        >
          {t('importUi.template')}
        </button>
      </div>
      <label className="import-panel__crs">
        {t('importUi.crs')}
        <select value={fromCrs(crs)} onChange={(e) => setCrs(toCrs(e.currentTarget.value))}>
          {NAMED.map((c) => (
            <option key={c} value={c}>
              {t(`importUi.crs.${c}`)}
            </option>
          ))}
          {EPSG_CHOICES.map((epsg) => {
            const crs = crsOfEpsg(epsg);
            return (
              crs && (
                <option key={epsg} value={`epsg:${epsg}`}>
                  {crsLabel(crs)}
                </option>
              )
            );
          })}
        </select>
      </label>
      <ImportStatus />
      <UserLayerList />
    </section>
  );
}
