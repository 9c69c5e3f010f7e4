import type { GroupStats } from '../../geo/stats';
import type { Lang } from '../../i18n/translate';
import { useT } from '../../state/use-t';
import { formatLargeNumber, formatYi } from '../../ui/format-number';

interface KeyFiguresProps {
  group: GroupStats;
  lang: Lang;
}

/** The headline numbers of one area; large ones in 万/亿 (Chinese) or K/M (English). */
export function KeyFigures({ group, lang }: KeyFiguresProps) {
  const t = useT();
  return (
    <>
      <dl className="stats-figures">
        <div>
          <dt>{t('stats.enterprises')}</dt>
          <dd>{formatLargeNumber(group.enterprises, lang)}</dd>
        </div>
        <div>
          <dt>{t('stats.projects')}</dt>
          <dd>{formatLargeNumber(group.projects, lang)}</dd>
        </div>
        <div>
          <dt>{t('stats.investment')}</dt>
          <dd>{formatYi(group.investmentYi, lang)}</dd>
        </div>
      </dl>
      {group.investmentUnknown > 0 && (
        <p className="note">
          {t('stats.investmentUnknown', {
            count: formatLargeNumber(group.investmentUnknown, lang),
          })}
        </p>
      )}
    </>
  );
}
