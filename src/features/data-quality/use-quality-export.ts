import { type CsvTable, toCsv } from '../../data/export/csv';
import { downloadText, exportFileName } from '../../data/export/download';
import { EMPTY_FILTER } from '../../domain/filter';
import type { Lang } from '../../i18n/translate';
import { filterSummary } from '../../state/filter-summary';
import { useAppStore } from '../../state/store';

/**
 * Saves one data-quality list as CSV. The lists ignore the filter, so the file name carries
 * the empty filter's slug (all / quanbu) to say it holds every record.
 */
export function useQualityExport(what: string, table: (lang: Lang) => CsvTable): () => void {
  const lang = useAppStore((s) => s.lang);
  return () => {
    const name = exportFileName(what, new Date(), filterSummary(EMPTY_FILTER, lang), 'csv');
    downloadText(toCsv(table(lang)), name, 'csv');
  };
}
