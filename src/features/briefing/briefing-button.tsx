import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { loadBriefingById } from './load-briefing';

/** Full screen where the browser allows it (it needs the click's user gesture). */
export function enterFullscreen(): void {
  const el = document.documentElement;
  if (!document.fullscreenElement && el.requestFullscreen) {
    void el.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
  }
}

/** 汇报模式 / Briefing opens the default tour full screen; 编辑汇报 toggles the script editor. */
export function BriefingButton() {
  const t = useT();
  const open = async () => {
    enterFullscreen();
    const load = await loadBriefingById('default');
    const s = useAppStore.getState();
    if (load.ok) s.startBriefing(load.script);
    else s.setBriefingError(load.error);
  };
  const editing = useAppStore((s) => s.briefing.editing);
  return (
    <>
      <button type="button" className="briefing-open" onClick={() => void open()}>
        {t('briefing.open')}
      </button>
      <button
        type="button"
        aria-pressed={editing}
        onClick={() => useAppStore.getState().setBriefingEditing(!editing)}
      >
        {t('editor.open')}
      </button>
    </>
  );
}
