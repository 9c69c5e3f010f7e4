import { useEffect, useRef, useState } from 'react';
import { loadStoredScript, saveStoredScript } from '../../data/briefing-store';
import type { BriefingScript } from '../../domain/briefing';

/** The id under which the script authored in this browser is kept (`?briefing=my-briefing`). */
export const DRAFT_ID = 'my-briefing';

const EMPTY: BriefingScript = {
  id: DRAFT_ID,
  title_zh: '我的汇报',
  title_en: 'My briefing',
  scenes: [],
};

export type SaveState = 'idle' | 'saved' | { error: string };

/** The authored script, loaded from IndexedDB once and saved back after every change. */
export function useDraftScript(): [BriefingScript, (next: BriefingScript) => void, SaveState] {
  const [draft, setDraft] = useState<BriefingScript>(EMPTY);
  const [save, setSave] = useState<SaveState>('idle');
  const touched = useRef(false);
  useEffect(() => {
    let live = true;
    loadStoredScript(DRAFT_ID)
      .then((stored) => {
        if (live && stored && !touched.current) setDraft(stored);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const update = (next: BriefingScript) => {
    touched.current = true;
    const script = { ...next, id: DRAFT_ID };
    setDraft(script);
    saveStoredScript(script).then(
      () => setSave('saved'),
      (error: unknown) => setSave({ error: String(error) }),
    );
  };
  return [draft, update, save];
}
