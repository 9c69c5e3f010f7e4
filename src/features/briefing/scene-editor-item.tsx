import { useId } from 'react';
import type { BriefingScene } from '../../domain/briefing';
import { useT } from '../../state/use-t';
import { SceneContent } from './scene-content';

type TextField = 'title_zh' | 'title_en' | 'caption_zh' | 'caption_en' | 'notes_zh' | 'notes_en';

interface Props {
  scene: BriefingScene;
  n: number;
  total: number;
  onChange: (scene: BriefingScene) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
  onPreview: () => void;
  onDragStart: () => void;
  onDrop: () => void;
}

const FIELDS: { field: TextField; long: boolean }[] = [
  { field: 'title_zh', long: false },
  { field: 'title_en', long: false },
  { field: 'caption_zh', long: true },
  { field: 'caption_en', long: true },
  { field: 'notes_zh', long: true },
  { field: 'notes_en', long: true },
];

/** One scene in the editor: its texts in both languages, and buttons to move, preview, delete. */
export function SceneEditorItem(props: Props) {
  const t = useT();
  const { scene, n, total } = props;
  const name = scene.title_zh || scene.title_en || t('editor.untitled', { n });
  return (
    <li
      className="editor__scene"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        props.onDragStart();
      }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        props.onDrop();
      }}
    >
      <fieldset>
        <legend>
          {n}. {name}
        </legend>
        {FIELDS.map(({ field, long }) => (
          <TextInput
            key={field}
            label={t(`editor.field.${field}`)}
            long={long}
            value={scene[field]}
            onChange={(value) => props.onChange({ ...scene, [field]: value })}
          />
        ))}
        <SceneContent scene={scene} onChange={props.onChange} />
        <div className="editor__row">
          <button type="button" disabled={n === 1} onClick={() => props.onMove(n - 2)}>
            {t('editor.up', { name })}
          </button>
          <button type="button" disabled={n === total} onClick={() => props.onMove(n)}>
            {t('editor.down', { name })}
          </button>
          <button type="button" onClick={props.onPreview}>
            {t('editor.preview', { name })}
          </button>
          <button type="button" onClick={props.onDelete}>
            {t('editor.delete', { name })}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

interface TextInputProps {
  label: string;
  long: boolean;
  value: string;
  onChange: (value: string) => void;
}

function TextInput({ label, long, value, onChange }: TextInputProps) {
  const id = useId();
  return (
    <div className="editor__field">
      <label htmlFor={id}>{label}</label>
      {long ? (
        <textarea
          id={id}
          rows={2}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
      )}
    </div>
  );
}
