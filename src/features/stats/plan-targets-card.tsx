import { useId } from 'react';
import { usePlanProgress } from '../../data/use-stats';
import { PLAN_TARGET_YEAR } from '../../domain/plan-targets';
import type { PlanProgress } from '../../geo/plan-progress';
import { type Lang, pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { DataCaveat } from './data-caveat';
import { amountText, progressBar, targetText } from './plan-target-text';
import './stats.css';
import './plan-targets.css';

/**
 * The plan's 2025 targets beside what the data shows for the current filter. Indicators the
 * data cannot measure say "no data" and get no bar, never an invented value.
 */
export function PlanTargetsCard() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const headingId = useId();
  const progress = usePlanProgress();
  return (
    <section className="panel targets" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('targets.heading', { year: PLAN_TARGET_YEAR })}</h2>
      {progress ? (
        <>
          <DataCaveat />
          <p className="note">{t('targets.basis')}</p>
          <ul className="targets__list">
            {progress.map((item) => (
              <TargetItem key={item.indicator.id} item={item} lang={lang} />
            ))}
          </ul>
        </>
      ) : (
        <p className="note">{t('stats.loading')}</p>
      )}
    </section>
  );
}

function TargetItem({ item, lang }: { item: PlanProgress; lang: Lang }) {
  const t = useT();
  const nameId = useId();
  const { indicator } = item;
  const bar = progressBar(item, lang);
  const note = pick(lang, indicator.note_zh, indicator.note_en);
  return (
    <li className="targets__item">
      <span id={nameId} className="targets__name">
        {pick(lang, indicator.name_zh, indicator.name_en)}
      </span>
      <TargetNumbers item={item} lang={lang} />
      {bar ? (
        <progress
          className="targets__bar"
          aria-labelledby={nameId}
          aria-valuetext={bar.text}
          value={bar.now}
          max={bar.max}
        />
      ) : (
        <p className="note">
          {t(item.computable ? 'targets.nothingToCount' : 'targets.notInData')}
        </p>
      )}
      {note && <p className="note">{note}</p>}
    </li>
  );
}

/** The current value (or "no data") beside the plan's target. */
function TargetNumbers({ item, lang }: { item: PlanProgress; lang: Lang }) {
  const t = useT();
  const { indicator, value } = item;
  return (
    <dl className="targets__numbers">
      <div>
        <dt>{t('targets.current')}</dt>
        <dd className={value === null ? 'targets__none' : undefined}>
          {value === null ? t('targets.noData') : amountText(value, indicator, lang)}
        </dd>
      </div>
      <div>
        <dt>{t('targets.target')}</dt>
        <dd>{targetText(indicator, lang)}</dd>
      </div>
    </dl>
  );
}
