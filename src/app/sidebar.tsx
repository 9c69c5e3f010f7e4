import type { ReactNode } from 'react';
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
    <aside className="sidebar">
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
