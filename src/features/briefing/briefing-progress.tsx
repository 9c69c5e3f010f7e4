import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { leaveFullscreen } from './use-briefing-controls';

interface Props {
  light: boolean;
  onTheme: (light: boolean) => void;
}

/** Where the tour is (n / total and one button per scene) and buttons for every key command. */
export function BriefingProgress({ light, onTheme }: Props) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { script, index, autoplay } = useAppStore((s) => s.briefing);
  const s = useAppStore.getState();
  const scenes = script?.scenes ?? [];
  return (
    <nav className="briefing__bar" aria-label={t('briefing.scenes')}>
      <button type="button" onClick={() => s.prevScene()} disabled={index === 0}>
        ‹ {t('briefing.prev')}
      </button>
      <ol className="briefing__dots">
        {scenes.map((scene, i) => (
          <li key={scene.id}>
            <button
              type="button"
              className="briefing__dot"
              aria-current={i === index ? 'step' : undefined}
              aria-label={t('briefing.goto', {
                n: i + 1,
                title: pick(lang, scene.title_zh, scene.title_en),
              })}
              onClick={() => s.goToScene(i)}
            />
          </li>
        ))}
      </ol>
      <span className="briefing__count" data-testid="briefing-count" data-scene={index + 1}>
        {t('briefing.progress', { n: index + 1, total: scenes.length })}
      </span>
      <button type="button" onClick={() => s.nextScene()} disabled={index >= scenes.length - 1}>
        {t('briefing.next')} ›
      </button>
      {autoplay && (
        <span className="briefing__auto">{t('briefing.autoplay', { s: autoplay })}</span>
      )}
      <span className="briefing__spacer" />
      <button type="button" onClick={() => s.setBlack(true)}>
        {t('briefing.black')}
      </button>
      <label className="briefing__theme">
        <input type="checkbox" checked={light} onChange={(e) => onTheme(e.currentTarget.checked)} />
        {t('briefing.theme')}
      </label>
      <button
        type="button"
        onClick={() => {
          s.exitBriefing();
          leaveFullscreen();
        }}
      >
        {t('briefing.exit')}
      </button>
    </nav>
  );
}
