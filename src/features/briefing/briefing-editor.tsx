import { useId, useRef, useState } from 'react';
import { type BriefingLoadError, parseBriefingText } from '../../data/briefing-scripts';
import type { BriefingScene, BriefingScript } from '../../domain/briefing';
import { validateBriefing } from '../../domain/briefing-validate';
import { sceneFromState } from '../../state/briefing-capture';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { BriefingErrorText } from './briefing-error';
import { EditorShare } from './editor-share';
import { IdleSetting } from './idle-setting';
import { SceneEditorItem } from './scene-editor-item';
import { DRAFT_ID, useDraftScript } from './use-draft-script';
import './briefing-editor.css';

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(Math.max(0, Math.min(out.length, to)), 0, item);
  return out;
}

function download(script: BriefingScript): void {
  const blob = new Blob([`${JSON.stringify(script, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${script.id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Authoring without JSON: capture views as scenes, edit texts, reorder, preview, export. */
export function BriefingEditor() {
  const t = useT();
  const headingId = useId();
  const editing = useAppStore((s) => s.briefing.editing);
  const [draft, setDraft, save] = useDraftScript();
  const [problem, setProblem] = useState<BriefingLoadError | null>(null);
  const [notice, setNotice] = useState('');
  const dragFrom = useRef<number | null>(null);
  if (!editing) return null;
  const scenes = draft.scenes;
  const setScenes = (next: BriefingScene[]) => setDraft({ ...draft, scenes: next });
  const play = (index: number) => {
    const check = validateBriefing(draft);
    if (!check.ok) return setProblem({ kind: 'invalid', issues: check.issues });
    setProblem(null);
    useAppStore.getState().startBriefing(check.script, { index });
  };
  const add = () => {
    const id = `scene-${Date.now().toString(36)}-${scenes.length + 1}`;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    setScenes([...scenes, sceneFromState(useAppStore.getState(), viewport, id)]);
  };
  const importFile = async (file: File) => {
    const load = parseBriefingText(await file.text());
    if (!load.ok) return setProblem(load.error);
    setProblem(null);
    setDraft({ ...load.script, id: DRAFT_ID });
    setNotice(t('editor.imported', { count: load.script.scenes.length }));
  };
  return (
    <section className="editor panel" aria-labelledby={headingId}>
      <header className="editor__head">
        <h2 id={headingId}>{t('editor.heading')}</h2>
        <button type="button" onClick={() => useAppStore.getState().setBriefingEditing(false)}>
          {t('editor.close')}
        </button>
      </header>
      <label className="editor__field">
        <span>{t('editor.scriptTitleZh')}</span>
        <input
          value={draft.title_zh}
          onChange={(e) => setDraft({ ...draft, title_zh: e.currentTarget.value })}
        />
      </label>
      <label className="editor__field">
        <span>{t('editor.scriptTitleEn')}</span>
        <input
          value={draft.title_en}
          onChange={(e) => setDraft({ ...draft, title_en: e.currentTarget.value })}
        />
      </label>
      <button type="button" className="editor__add" onClick={add}>
        {t('editor.add')}
      </button>
      {scenes.length === 0 && <p className="note">{t('editor.empty')}</p>}
      <ol className="editor__scenes">
        {scenes.map((scene, i) => (
          <SceneEditorItem
            key={scene.id}
            scene={scene}
            n={i + 1}
            total={scenes.length}
            onChange={(next) => setScenes(scenes.map((s, j) => (j === i ? next : s)))}
            onMove={(to) => setScenes(move(scenes, i, to))}
            onDelete={() => setScenes(scenes.filter((_, j) => j !== i))}
            onPreview={() => play(i)}
            onDragStart={() => {
              dragFrom.current = i;
            }}
            onDrop={() => {
              if (dragFrom.current !== null) setScenes(move(scenes, dragFrom.current, i));
              dragFrom.current = null;
            }}
          />
        ))}
      </ol>
      {problem && (
        <div className="banner banner--error" role="alert">
          <BriefingErrorText error={problem} />
        </div>
      )}
      <div className="editor__row">
        <button type="button" onClick={() => play(0)} disabled={scenes.length === 0}>
          {t('editor.play')}
        </button>
        <button type="button" onClick={() => download(draft)} disabled={scenes.length === 0}>
          {t('editor.export')}
        </button>
        <label className="editor__import">
          {t('editor.import')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      <p className="note" role="status">
        {notice}{' '}
        {save === 'saved'
          ? t('editor.saved')
          : typeof save === 'object'
            ? t('editor.saveFailed', { detail: save.error })
            : ''}
      </p>
      <EditorShare />
      <IdleSetting />
    </section>
  );
}
