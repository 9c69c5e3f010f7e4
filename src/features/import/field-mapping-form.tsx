import { useId } from 'react';
import { type FieldMapping, MAPPED_FIELDS, type MappedField } from '../../data/import/user-layer';
import { useT } from '../../state/use-t';

interface Props {
  fields: readonly string[];
  mapping: FieldMapping;
  onChange: (mapping: FieldMapping) => void;
  mode: 'add' | 'replace';
  onMode: (mode: 'add' | 'replace') => void;
}

/** One select per record field, listing the file's columns; then add to or replace built-ins. */
export function FieldMappingForm({ fields, mapping, onChange, mode, onMode }: Props) {
  const t = useT();
  const group = useId();
  const set = (field: MappedField, column: string) =>
    onChange({ ...mapping, [field]: column === '' ? null : column });
  return (
    <fieldset className="field-mapping">
      <legend>{t('importUi.mapping')}</legend>
      <p className="note">{t('importUi.mappingIntro')}</p>
      {MAPPED_FIELDS.map((field) => (
        <label key={field} className="field-mapping__row">
          <span>{t(`importUi.field.${field}`)}</span>
          <select value={mapping[field] ?? ''} onChange={(e) => set(field, e.currentTarget.value)}>
            <option value="">{t('importUi.notMapped')}</option>
            {fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="field-mapping__mode" role="radiogroup">
        {(['add', 'replace'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={group}
              value={m}
              checked={mode === m}
              onChange={() => onMode(m)}
            />
            {t(m === 'add' ? 'importUi.mode.add' : 'importUi.mode.replace')}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
