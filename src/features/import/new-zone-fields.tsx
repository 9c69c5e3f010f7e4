import { useT } from '../../state/use-t';

export interface NewZoneNames {
  name_zh: string;
  name_en: string;
}

/** Names as typed, blank ones falling back to the layer's name (itself the file's). */
export function trimmedNames(names: NewZoneNames, fallback: string): NewZoneNames {
  return {
    name_zh: names.name_zh.trim().slice(0, 80) || fallback,
    name_en: names.name_en.trim().slice(0, 80) || fallback,
  };
}

/** The Chinese and English names of a zone added from a polygon layer. */
export function NewZoneFields(props: {
  names: NewZoneNames;
  onChange: (names: NewZoneNames) => void;
}) {
  const { names, onChange } = props;
  const t = useT();
  return (
    <>
      <label>
        {t('userZone.nameZh')}
        <input
          type="text"
          value={names.name_zh}
          maxLength={80}
          onChange={(e) => onChange({ ...names, name_zh: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('userZone.nameEn')}
        <input
          type="text"
          value={names.name_en}
          maxLength={80}
          onChange={(e) => onChange({ ...names, name_en: e.currentTarget.value })}
        />
      </label>
      <p className="note">{t('userZone.formNote')}</p>
    </>
  );
}
