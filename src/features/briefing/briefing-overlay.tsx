import { useId, useState } from 'react';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { BriefingLegend } from './briefing-legend';
import { BriefingProgress } from './briefing-progress';
import { HighlightedRecord } from './highlighted-record';
import { KpiCards } from './kpi-cards';
import { SceneZonesNotice } from './scene-zones-notice';
import './briefing.css';

type Theme = 'dark' | 'light';

const initialTheme = (): Theme =>
  new URLSearchParams(window.location.search).get('theme') === 'light' ? 'light' : 'dark';

/**
 * Briefing mode on top of the map: the scene's caption as a heading and short text, its KPI
 * cards, a legend, the progress and the controls; B blacks it all out. Nothing here needs a
 * hover and nothing opens a dialog.
 */
export function BriefingOverlay() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const briefing = useAppStore((s) => s.briefing);
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const titleId = useId();
  const scene = briefing.active ? briefing.script?.scenes[briefing.index] : undefined;
  if (!scene || !briefing.script) return null;
  return (
    <section className="briefing" data-theme={theme} aria-labelledby={titleId}>
      <div className="briefing__caption" aria-live="polite">
        <h2 id={titleId} className="briefing__title">
          {pick(lang, scene.title_zh, scene.title_en)}
        </h2>
        <p className="briefing__text">{pick(lang, scene.caption_zh, scene.caption_en)}</p>
        <HighlightedRecord />
        <SceneZonesNotice codes={scene.filter.userZones} />
        {briefing.attract && <p className="briefing__attract">{t('idle.active')}</p>}
      </div>
      <KpiCards kpis={scene.kpis} />
      <BriefingLegend />
      <BriefingProgress
        light={theme === 'light'}
        onTheme={(light) => setTheme(light ? 'light' : 'dark')}
      />
      {briefing.black && (
        <div className="briefing__black" data-black="true" role="status">
          <span className="visually-hidden">
            {t('briefing.black')} · {t('briefing.blackHint')}
          </span>
        </div>
      )}
    </section>
  );
}
