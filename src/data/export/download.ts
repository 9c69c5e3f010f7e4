export type ExportFormat = 'csv' | 'geojson';

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json;charset=utf-8',
};

/** The local calendar date as YYYY-MM-DD: the day the planner sees on their own clock. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `jiulongpo-<what>-<YYYY-MM-DD>-<summary>.<ext>`, e.g.
 * `jiulongpo-enterprises-2025-03-01-hydrogen-xipeng.csv`. `what` and `summary` are expected
 * to be ASCII slugs (filterSummary gives one) so the name survives every file system and mail.
 */
export function exportFileName(
  what: string,
  date: Date,
  summary: string,
  format: ExportFormat,
): string {
  return `jiulongpo-${what}-${localIsoDate(date)}-${summary}.${format}`;
}

/**
 * Saves text as a file through a temporary `<a download>`. Browser only. The object URL is
 * revoked a moment later rather than at once: some browsers start reading it after click()
 * returns.
 */
export function downloadText(text: string, fileName: string, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: MIME[format] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
