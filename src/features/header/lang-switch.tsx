import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';

/** Named by the language it switches to: "English" in the Chinese UI, "中文" in the English one. */
export function LangSwitch() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const t = useT();
  return (
    <button
      type="button"
      className="lang-switch"
      lang={lang === 'zh' ? 'en' : 'zh'}
      title={t('lang.switchTitle')}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('lang.switch')}
    </button>
  );
}
