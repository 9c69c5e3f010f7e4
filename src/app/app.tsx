import { useEffect } from 'react';
import { useSelectionIds } from '../data/use-selection-ids';
import { EntityLegend } from '../features/entities/entity-legend';
import { EntityNotices } from '../features/entities/entity-notices';
import { SyntheticBadge } from '../features/entities/synthetic-badge';
import { FilterNotice } from '../features/filters/filter-notice';
import { LangSwitch } from '../features/header/lang-switch';
import { LayersPanel } from '../features/layers/layers-panel';
import { Attribution } from '../features/provenance/attribution';
import { SearchBox } from '../features/search/search-box';
import { DatasetErrors } from '../features/status/dataset-errors';
import { MapView } from '../map/map-view';
import { useAppStore } from '../state/store';
import { useT } from '../state/use-t';
import { useUrlSync } from '../state/use-url-sync';
import { FiltersTab, QualityTab, SidePanelsLazy, StatsTabLazy } from './lazy-tabs';
import { Sidebar } from './sidebar';

export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  useUrlSync();
  useSelectionIds();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar__titles">
          <h1>{t('app.title')}</h1>
          <p className="topbar__subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="topbar__actions">
          <SearchBox />
          <SyntheticBadge />
          <LangSwitch />
        </div>
      </header>
      <DatasetErrors />
      <EntityNotices />
      <FilterNotice />
      <main className="workspace">
        <Sidebar
          panels={{
            layers: (
              <>
                <LayersPanel />
                <div className="panel">
                  <EntityLegend />
                </div>
              </>
            ),
            filters: <FiltersTab />,
            stats: <StatsTabLazy />,
            quality: <QualityTab />,
          }}
        />
        <div className="map-area">
          <MapView />
          <Attribution />
          <SidePanelsLazy />
        </div>
      </main>
    </div>
  );
}
