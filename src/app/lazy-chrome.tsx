import { lazy, Suspense } from 'react';
import { withMessages } from '../i18n/lazy-messages';
import { useAppStore } from '../state/store';

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
const Briefing = lazy(() =>
  withMessages(import('../features/briefing/briefing-root')).then((m) => ({
    default: m.BriefingLayer,
  })),
);

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
