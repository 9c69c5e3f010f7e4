import { useUnknownYears } from '../../data/use-analysis';
import { useFilterResult } from '../../data/use-filter-result';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { formatCount } from '../../ui/format-number';

/** What the year range leaves: the matching counts, and the unknown-year records apart. */
export function YearStatus() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const years = useAppStore((s) => s.filter.years);
  const result = useFilterResult();
  const unknown = useUnknownYears();
  if (!result) return null;
  const counts = {
    enterprises: formatCount(result.enterprises.count, lang),
    projects: formatCount(result.projects.count, lang),
  };
  const text =
    years.min === null && years.max === null
      ? t('an.year.statusAll', counts)
      : years.min === null
        ? t('an.year.statusAsOf', { ...counts, year: String(years.max) })
        : years.max === null
          ? t('an.year.statusOther', { ...counts, range: `${years.min}–` })
          : t('an.year.statusRange', { ...counts, from: String(years.min), to: String(years.max) });
  const hasUnknown = unknown !== null && unknown.enterprises + unknown.projects > 0;
  return (
    <div role="status" className="analysis__status" data-testid="year-status">
      <p>{text}</p>
      {hasUnknown && (
        <p className="note" data-testid="year-unknown">
          {t('an.year.unknown', {
            enterprises: formatCount(unknown.enterprises, lang),
            projects: formatCount(unknown.projects, lang),
          })}
        </p>
      )}
      {years.min === null && years.max !== null && <p className="note">{t('an.year.before')}</p>}
    </div>
  );
}
