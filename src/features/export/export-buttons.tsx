import { useId, useState } from 'react';
import { downloadText } from '../../data/export/download';
import { zoneNamesOf } from '../../data/export/labels';
import { useUserZones } from '../../data/import/use-user-zones';
import { useUserZoneLinks } from '../../data/import/user-zone-links';
import { useComparedZoneLabels, useUserZoneRows } from '../../data/use-compared-zones';
import { useZoneList } from '../../data/use-datasets';
import { useEntityData } from '../../data/use-entities';
import { useFilterResult } from '../../data/use-filter-result';
import { statsOf } from '../../data/use-stats';
import type { UserZoneId } from '../../domain/user-zone';
import { lazyMessagesLoaded, loadLazyMessages } from '../../i18n/lazy-messages';
import { type MessageKey, pick } from '../../i18n/translate';
import { filterSummary } from '../../state/filter-summary';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount } from '../../ui/format-number';
import { buildExport, type ExportInputs, type ExportKind } from './export-actions';
import './export-buttons.css';

const BUTTONS: readonly (readonly [ExportKind, MessageKey])[] = [
  ['enterprises', 'export.enterprisesCsv'],
  ['projects', 'export.projectsCsv'],
  ['geojson', 'export.geojson'],
  ['stats', 'export.statsCsv'],
];

/** The inputs of an export, or null while the data loads. Read at click time, not render. */
function useExportInputs(): () => ExportInputs | null {
  const data = useEntityData();
  const result = useFilterResult();
  const zones = useZoneList();
  const lang = useAppStore((s) => s.lang);
  const filter = useAppStore((s) => s.filter);
  const userZones = useUserZones();
  const links = useUserZoneLinks(data);
  const userRows = useUserZoneRows();
  const labels = useComparedZoneLabels();
  return () => {
    if (!data || !result) return null;
    // Counted on the click, not on every render: a render follows every filter change.
    const stats = statsOf(data, result);
    const named = userZones.flatMap((z) => {
      const bits = links.get(z.id);
      return bits ? [{ name: pick(lang, z.name_zh, z.name_en), bits }] : [];
    });
    const ctx = { link: data.link, zoneNames: zoneNamesOf(zones, lang), lang, userZones: named };
    const summary = filterSummary(filter, lang);
    const userZoneStats = (userRows ?? []).map((r) => ({
      name: labels.names[r.zone] ?? r.zone,
      file: labels.files.get(r.zone as UserZoneId) ?? '',
      group: r.group,
    }));
    const now = new Date();
    return { data, result, stats, userZoneStats, ctx, filter, filterSummary: summary, now };
  };
}

/**
 * Export buttons for exactly the records the current filter matches (the shared filter
 * result), so every file's row count equals the count the app shows.
 */
export function ExportButtons() {
  const t = useT();
  const noteId = useId();
  const result = useFilterResult();
  const inputs = useExportInputs();
  const lang = useAppStore((s) => s.lang);
  const [status, setStatus] = useState('');
  const run = async (kind: ExportKind) => {
    // The statistics' zone-source column reads the lazy messages (fetched right after first
    // paint): a click before they arrive waits for them rather than writing blank cells.
    if (kind === 'stats' && !lazyMessagesLoaded()) await loadLazyMessages();
    const current = inputs();
    if (!current) return;
    const out = buildExport(kind, current);
    downloadText(out.text, out.fileName, out.format);
    const rows = formatCount(out.rows, lang);
    setStatus(
      t(out.format === 'csv' ? 'export.doneRows' : 'export.doneFeatures', {
        file: out.fileName,
        rows,
      }),
    );
  };
  return (
    <fieldset className="export-buttons">
      <legend>{t('export.title')}</legend>
      {BUTTONS.map(([kind, label]) => (
        <button
          key={kind}
          type="button"
          className="export-buttons__button"
          disabled={!result}
          aria-describedby={result ? noteId : undefined}
          onClick={() => void run(kind)}
        >
          {t(label)}
        </button>
      ))}
      {result && (
        <p id={noteId} className="note export-buttons__note">
          {t('export.scope', {
            enterprises: result.enterprises.count,
            projects: result.projects.count,
          })}
        </p>
      )}
      {/* Always in the DOM so screen readers announce each new confirmation. */}
      <p role="status" className="export-buttons__status">
        {status}
      </p>
    </fieldset>
  );
}
