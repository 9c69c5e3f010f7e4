import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { SIDEBAR_TABS, type SidebarTab } from '../state/layers-slice';
import { useAppStore } from '../state/store';
import { useT } from '../state/use-t';

const LABEL = {
  layers: 'tabs.layers',
  filters: 'tabs.filters',
  stats: 'tabs.stats',
  analysis: 'tabs.analysis',
  quality: 'tabs.quality',
} as const;

/** The left sidebar: WAI-ARIA tabs (arrow keys move between them) over one panel at a time. */
export function Sidebar({ panels }: { panels: Record<SidebarTab, ReactNode> }) {
  const t = useT();
  const tab = useAppStore((s) => s.sidebarTab);
  const setTab = useAppStore((s) => s.setSidebarTab);
  const asideRef = useTabScrollMemory(tab);
  const onKey = (e: React.KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next =
      SIDEBAR_TABS[(SIDEBAR_TABS.indexOf(tab) + step + SIDEBAR_TABS.length) % SIDEBAR_TABS.length];
    if (next) {
      setTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }
  };
  return (
    <aside className="sidebar" ref={asideRef}>
      <div className="tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKey}>
        {SIDEBAR_TABS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(LABEL[id])}
          </button>
        ))}
      </div>
      <div
        id={`tabpanel-${tab}`}
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        className="tabpanel"
      >
        {panels[tab]}
      </div>
    </aside>
  );
}

/**
 * Each tab opens at its top the first time and where it was left afterwards: the sidebar is
 * one scroll container, so its position is saved per tab as the user scrolls and restored
 * before paint when the tab changes.
 */
function useTabScrollMemory(tab: SidebarTab) {
  const ref = useRef<HTMLElement>(null);
  const positions = useRef(new Map<SidebarTab, number>());
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = positions.current.get(tab) ?? 0;
    const onScroll = () => positions.current.set(tab, el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [tab]);
  return ref;
}
