import { useEffect } from 'react';
import { useUserZoneSync } from '../data/import/use-user-zone-sync';
import { useSelectionIds } from '../data/use-selection-ids';
import { BasemapNotice } from '../features/basemap/basemap-notice';
import { BasemapPanel } from '../features/basemap/basemap-panel';
import { BriefingButton } from '../features/briefing/briefing-button';
import { EntityLegend } from '../features/entities/entity-legend';
import { EntityNotices } from '../features/entities/entity-notices';
import { SyntheticBadge } from '../features/entities/synthetic-badge';
import { FilterNotice } from '../features/filters/filter-notice';
import { CopyLink } from '../features/header/copy-link';
import { LangSwitch } from '../features/header/lang-switch';
import { LayersPanel } from '../features/layers/layers-panel';
import { Attribution } from '../features/provenance/attribution';
import { DatasetErrors } from '../features/status/dataset-errors';
import { LoadProgressBar } from '../features/status/load-progress-bar';
import { MapView } from '../map/map-view';
import { useAppStore } from '../state/store';
import { useBasemapUrl } from '../state/use-basemap-url';
import { useT } from '../state/use-t';
import { useUrlSync } from '../state/use-url-sync';
import {
  BottomSheetLazy,
  BriefingHooksLazy,
  BriefingLayerLazy,
  ImportDropZoneLazy,
  ImportPanelLazy,
  SearchBoxLazy,
} from './lazy-chrome';
import { AnalysisTab, FiltersTab, QualityTab, SidePanelsLazy, StatsTabLazy } from './lazy-tabs';
import { Sidebar } from './sidebar';
import { useNarrow } from './use-narrow';

export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const narrow = useNarrow();
  const panelOpen = useAppStore((s) => s.selectedZone !== null || s.selectedEntity !== null);
  useUrlSync();
  useBasemapUrl();
  useSelectionIds();
  useUserZoneSync();
  const briefing = useAppStore((s) => s.briefing.active);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <div className={briefing ? 'app app--briefing' : 'app'}>
      <header className="topbar">
        <div className="topbar__titles">
          <h1 title={t('app.title')}>{narrow ? t('app.titleShort') : t('app.title')}</h1>
          <p className="topbar__subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="topbar__actions">
          <SearchBoxLazy />
          <SyntheticBadge />
          <CopyLink />
          {/* Briefings are for walls and laptops; on a phone the title needs the room. */}
          {!narrow && <BriefingButton />}
          <LangSwitch />
        </div>
      </header>
      <DatasetErrors />
      <EntityNotices />
      <FilterNotice />
      <main className="workspace">
        {!narrow && <Sidebar panels={sidebarPanels} />}
        <div className="map-area">
          <MapView />
          <Attribution />
          <BasemapNotice />
          <LoadProgressBar />
          {!narrow && <SidePanelsLazy />}
          <ImportDropZoneLazy />
          <BriefingLayerLazy />
          <BriefingHooksLazy />
        </div>
        {narrow && (
          <BottomSheetLazy>
            {panelOpen ? <SidePanelsLazy /> : <Sidebar panels={sidebarPanels} />}
          </BottomSheetLazy>
        )}
      </main>
    </div>
  );
}

const sidebarPanels = {
  layers: (
    <>
      <LayersPanel />
      <BasemapPanel />
      <ImportPanelLazy />
      <div className="panel">
        <EntityLegend />
      </div>
    </>
  ),
  filters: <FiltersTab />,
  stats: <StatsTabLazy />,
  analysis: <AnalysisTab />,
  quality: <QualityTab />,
};
