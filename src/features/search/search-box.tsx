import { type KeyboardEvent, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../data/search-index';
import { useZoneList } from '../../data/use-datasets';
import { useEntityData } from '../../data/use-entities';
import { useSearch } from '../../data/use-search';
import { pick } from '../../i18n/translate';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { hitDetail } from './search-detail';
import { SearchOption } from './search-option';
import { SearchStatusLine } from './search-status';
import './search.css';

/**
 * The search box: a WAI-ARIA 1.2 combobox with a list popup. The focus stays in the input; the
 * arrow keys move the active option (aria-activedescendant), Enter or a click chooses it,
 * Escape closes the list (or, when closed, clears the input).
 */
export function SearchBox() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Typing stays responsive while a 100k-record scan catches up.
  const data = useEntityData();
  const zones = useZoneList();
  const zoneName = (zid: string) => {
    const z = zones.find((f) => f.properties.zone_id === zid)?.properties;
    return z ? pick(lang, z.name_zh, z.name_en) : zid;
  };
  const deferredQuery = useDeferredValue(query);
  const { result, status } = useSearch(deferredQuery, focused);
  const hits = result.hits;
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const listRef = useRef<HTMLDivElement>(null);
  const current = active < hits.length ? active : -1;
  const showing = open && query.trim() !== '';
  const expanded = showing && hits.length > 0;

  useEffect(() => {
    if (current >= 0) listRef.current?.children[current]?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (hit: SearchHit) => {
    const { selectEntity, selectZone } = useAppStore.getState();
    if (hit.target.kind === 'zone') selectZone(hit.target.id);
    else selectEntity({ kind: hit.target.kind, index: hit.target.index }, true);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const move = (step: 1 | -1) => {
    if (hits.length === 0) return;
    setOpen(true);
    const from = expanded ? current : -1;
    setActive(
      from < 0 ? (step === 1 ? 0 : hits.length - 1) : (from + step + hits.length) % hits.length,
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return; // an IME is still composing Chinese
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && expanded) {
      e.preventDefault();
      const hit = hits[Math.max(current, 0)]; // no active option: the top hit
      if (hit) choose(hit);
    } else if (e.key === 'Escape' && query !== '') {
      // Consumed here, so an Escape meant for the list does not also close a panel.
      e.preventDefault();
      e.stopPropagation();
      if (showing) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="search__label">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        className="search__input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && current >= 0 ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setFocused(true);
          setOpen(true);
        }}
        onBlur={() => {
          setFocused(false);
          setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="search__popup" hidden={!showing}>
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={t('search.results')}
          className="search__list"
        >
          {hits.map((hit, i) => (
            <SearchOption
              key={`${hit.target.kind}:${'id' in hit.target ? hit.target.id : hit.target.index}`}
              hit={hit}
              id={optionId(i)}
              lang={lang}
              selected={i === current}
              onChoose={() => choose(hit)}
              onPoint={() => setActive(i)}
              detail={hitDetail(hit, data, zoneName, lang)}
            />
          ))}
        </div>
        <SearchStatusLine visible status={status} result={result} query={query} />
      </div>
      <SearchStatusLine status={status} result={result} query={showing ? query : ''} />
    </div>
  );
}
