import { CATEGORIES, INDUSTRIES, PROJECT_STATUSES } from '../../domain/entity';
import type { GroupStats } from '../../geo/stats';
import { categoryLabel, industryLabel, statusLabel } from '../../i18n/enum-labels';
import type { Lang } from '../../i18n/translate';
import { useT } from '../../state/use-t';
import { BarTable } from './bar-table';
import { barRows } from './stats-rows';

interface AreaChartsProps {
  group: GroupStats;
  /** The area's name, so each caption says which area its numbers are for. */
  areaName: string;
  lang: Lang;
}

/** Enterprises by industry and by category, projects by status, for one area. */
export function AreaCharts({ group, areaName, lang }: AreaChartsProps) {
  const t = useT();
  const caption = (title: string) => t('stats.captionFor', { title, area: areaName });
  return (
    <>
      <BarTable
        caption={caption(t('stats.byIndustry'))}
        labelHeader={t('stats.group.industry')}
        countHeader={t('stats.row.enterprises')}
        rows={barRows(group.enterprisesByIndustry, INDUSTRIES, (v) => industryLabel(v, lang))}
        lang={lang}
      />
      <BarTable
        caption={caption(t('stats.byCategory'))}
        labelHeader={t('stats.group.category')}
        countHeader={t('stats.row.enterprises')}
        rows={barRows(group.enterprisesByCategory, CATEGORIES, (v) => categoryLabel(v, lang))}
        lang={lang}
      />
      <p className="note">{t('stats.byCategoryNote')}</p>
      <BarTable
        caption={caption(t('stats.byStatus'))}
        labelHeader={t('stats.group.status')}
        countHeader={t('stats.row.projects')}
        rows={barRows(group.projectsByStatus, PROJECT_STATUSES, (v) => statusLabel(v, lang))}
        lang={lang}
      />
    </>
  );
}
