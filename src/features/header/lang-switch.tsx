import { loadEnglish } from '../../i18n/lazy-messages';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

const preloadEnglish = () => void loadEnglish().catch(() => undefined);

/** Named by the language it switches to: "English" in the Chinese UI, "中文" in the English one. */
export function LangSwitch() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const t = useT();
  const toEnglish = () => setLang('en');
  return (
    <button
      type="button"
      className="lang-switch"
      lang={lang === 'zh' ? 'en' : 'zh'}
      title={t('lang.switchTitle')}
      // English loads when first wanted (fetched on hover or focus, so the click is instant);
      // the switch happens either way (translate shows Chinese until English is here).
      onPointerEnter={preloadEnglish}
      onFocus={preloadEnglish}
      onClick={() => {
        if (lang === 'en') setLang('zh');
        else void loadEnglish().then(toEnglish, toEnglish);
      }}
    >
      {t('lang.switch')}
    </button>
  );
}
