import { useEffect } from 'react';
import { LangSwitch } from '../features/header/lang-switch';
import { LayersPanel } from '../features/layers/layers-panel';
import { Attribution } from '../features/provenance/attribution';
import { DatasetErrors } from '../features/status/dataset-errors';
import { ZonePanel } from '../features/zone-panel/zone-panel';
import { MapView } from '../map/map-view';
import { useAppStore } from '../state/store';
import { useT } from '../state/use-t';
import { useUrlSync } from '../state/use-url-sync';

export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  useUrlSync();
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
        <LangSwitch />
      </header>
      <DatasetErrors />
      <main className="workspace">
        <aside className="sidebar">
          <LayersPanel />
        </aside>
        <div className="map-area">
          <MapView />
          <Attribution />
          <ZonePanel />
        </div>
      </main>
    </div>
  );
}
