import { useId } from 'react';
import { useT } from '../../state/use-t';
import { DataCaveat } from '../stats/data-caveat';
import { DensitySection } from './density-section';
import { Specialisation } from './specialisation';
import { YearSection } from './year-section';
import { ZoneComparison } from './zone-comparison';
import '../stats/stats.css';
import './analysis.css';

/** The 分析 tab: time, density, zone comparison and specialisation of the filter result. */
export function AnalysisPanel() {
  const t = useT();
  const headingId = useId();
  return (
    <section className="panel analysis" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('an.heading')}</h2>
      <DataCaveat />
      <p className="note">{t('an.filterNote')}</p>
      <YearSection />
      <DensitySection />
      <ZoneComparison />
      <Specialisation />
    </section>
  );
}
