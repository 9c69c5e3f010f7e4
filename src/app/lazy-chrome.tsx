import { lazy, type ReactNode, Suspense } from 'react';
import { withMessages } from '../i18n/lazy-messages';
import { loadBriefingScenes } from '../state/briefing-slice';
import { useAppStore } from '../state/store';
import { useT } from '../state/use-t';
// The search box's styles stay with the first paint, so its placeholder has the box's size.
import '../features/search/search.css';
// The bottom sheet's too, so its stand-in below is laid out as the sheet at peek.
import './bottom-sheet.css';

/*
 * Pieces of the app chrome the first view does not need, each a chunk of its own loaded after
 * first paint (or when first used), keeping the first-paint bundle small.
 */
const Import = lazy(() =>
  withMessages(import('../features/import/import-panel')).then((m) => ({
    default: m.ImportPanel,
  })),
);
const DropZone = lazy(() =>
  withMessages(import('../features/import/import-drop-zone')).then((m) => ({
    default: m.ImportDropZone,
  })),
);
// Both need the scene actions (state/briefing-scenes.ts), which load beside them.
const Briefing = lazy(() =>
  Promise.all([
    withMessages(import('../features/briefing/briefing-root')),
    loadBriefingScenes(),
  ]).then(([m]) => ({ default: m.BriefingLayer })),
);

// Launch from the URL, keys, autoplay, presenter channel, idle loop: loaded just after first paint.
const Hooks = lazy(() =>
  Promise.all([import('../features/briefing/briefing-hooks'), loadBriefingScenes()]).then(
    ([m]) => ({ default: m.BriefingHooks }),
  ),
);

// Its messages load with the lazy catalog (search-panels.ts); the stand-in's placeholder is
// a first-paint one (search.ts).
const Search = lazy(() =>
  withMessages(import('../features/search/search-box')).then((m) => ({ default: m.SearchBox })),
);

/**
 * The search box loads beside the first paint (its index loads on first focus, use-search.ts);
 * until then an inert look-alike holds its place in the top bar.
 */
export function SearchBoxLazy() {
  const t = useT();
  const placeholder = (
    <div className="search" aria-hidden="true">
      <input
        className="search__input"
        tabIndex={-1}
        readOnly
        placeholder={t('search.placeholder')}
      />
    </div>
  );
  return (
    <Suspense fallback={placeholder}>
      <Search />
    </Suspense>
  );
}

// Its messages load with it (messages/sheet.ts, in the lazy catalog).
const Sheet = lazy(() =>
  withMessages(import('./bottom-sheet')).then((m) => ({ default: m.BottomSheet })),
);

/**
 * The phone layout's bottom sheet (bottom-sheet.tsx) loads only on narrow screens. Until it is
 * there, a stand-in of the sheet at peek (where it starts) shows the same content.
 */
export function BottomSheetLazy({ children }: { children: ReactNode }) {
  const standIn = (
    <div className="sheet" data-sheet="peek" style={{ height: 'min(8.5rem, 30%)' }}>
      <div className="sheet__handle" aria-hidden="true">
        <span className="sheet__grip" />
      </div>
      <div className="sheet__body">{children}</div>
    </div>
  );
  return (
    <Suspense fallback={standIn}>
      <Sheet>{children}</Sheet>
    </Suspense>
  );
}

/** 我的数据 in the layers tab; a panel-sized blank holds its place while it loads. */
export function ImportPanelLazy() {
  return (
    <Suspense fallback={<section className="panel import-panel" aria-busy="true" />}>
      <Import />
    </Suspense>
  );
}

export function ImportDropZoneLazy() {
  return (
    <Suspense fallback={null}>
      <DropZone />
    </Suspense>
  );
}

/** The briefing overlay, editor and error banner load when a briefing is opened or edited. */
export function BriefingLayerLazy() {
  const shown = useAppStore(
    (s) => s.briefing.active || s.briefing.editing || s.briefing.error !== null,
  );
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <Briefing />
    </Suspense>
  );
}

/** The briefing's hooks (a shared briefing link, clicker keys, the idle loop); they draw nothing. */
export function BriefingHooksLazy() {
  return (
    <Suspense fallback={null}>
      <Hooks />
    </Suspense>
  );
}
