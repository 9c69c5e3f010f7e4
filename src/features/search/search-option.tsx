import type { SearchHit } from '../../data/search-index';
import type { Lang, MessageKey } from '../../i18n/translate';
import { useT } from '../../state/use-t';

const KIND_KEYS = {
  zone: 'search.kind.zone',
  enterprise: 'search.kind.enterprise',
  project: 'search.kind.project',
} as const satisfies Record<SearchHit['target']['kind'], MessageKey>;

interface Props {
  hit: SearchHit;
  id: string;
  lang: Lang;
  selected: boolean;
  onChoose: () => void;
  onPoint: () => void;
  /** Kind, industry and zone of a record (see hitDetail), so same-named results differ. */
  detail: string;
}

/** The other language's name, when the hit matched on it (an English word in the Chinese UI). */
function otherName(hit: SearchHit, showEn: boolean): string | null {
  if (showEn) return hit.field === 'en' ? null : hit.name_zh;
  return hit.field === 'en' ? hit.name_en : null;
}

/**
 * One result: its name in the UI language (Chinese when it has no English name), its kind and a
 * synthetic tag, plus the other language's name when that is what matched, so the hit is
 * recognisable.
 */
export function SearchOption({ hit, id, lang, selected, onChoose, onPoint, detail }: Props) {
  const t = useT();
  const showEn = lang === 'en' && Boolean(hit.name_en);
  const other = otherName(hit, showEn);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the input owns the keyboard (aria-activedescendant) and chooses with Enter.
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={selected}
      className="search__option"
      // Keeps the focus in the input, which owns the keyboard (aria-activedescendant).
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={onPoint}
      onClick={onChoose}
    >
      <span className="search__name" lang={showEn ? 'en' : 'zh'}>
        {showEn ? hit.name_en : hit.name_zh}
      </span>
      <span className="search__tag" data-kind={hit.target.kind}>
        {t(KIND_KEYS[hit.target.kind])}
      </span>
      {hit.synthetic && (
        <span className="search__tag search__tag--synthetic" title={t('search.syntheticTitle')}>
          {t('search.synthetic')}
        </span>
      )}
      {detail && <span className="search__detail">{detail}</span>}
      {other !== null && (
        <span className="search__other" lang={showEn ? 'zh' : 'en'}>
          {other}
        </span>
      )}
    </div>
  );
}
