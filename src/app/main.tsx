import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchBaseDatasets } from '../data/datasets';
import { loadEnglish, loadLazyMessages, withMessages } from '../i18n/lazy-messages';
import { useAppStore } from '../state/store';
import { hydrateFromHash } from '../state/use-url-sync';
import { App } from './app';
import { Providers } from './providers';
import './styles.css';

hydrateFromHash(window.location.hash);

// `?presenter`: the presenter's window for briefing mode, loaded only when asked for.
const PresenterView = lazy(() =>
  withMessages(import('../features/briefing/presenter-view')).then((m) => ({
    default: m.PresenterView,
  })),
);
const presenter = new URLSearchParams(window.location.search).has('presenter');
// The map's files are read while the page starts (datasets.ts); the presenter's window has no map.
if (!presenter) prefetchBaseDatasets();

function render(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <Providers>
        {presenter ? (
          <Suspense>
            <PresenterView />
          </Suspense>
        ) : (
          <App />
        )}
      </Providers>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
// A page that opens in English waits for the English messages (a chunk a Chinese first paint
// does not carry), so it never shows a message in the wrong language; if they fail to load it
// renders anyway (Chinese), as a page with a broken link would.
if (root && useAppStore.getState().lang === 'en') {
  void loadEnglish().then(
    () => render(root),
    () => render(root),
  );
} else if (root) render(root);

// The lazy features' messages are fetched once the first paint is done, so a tab opens without
// waiting for them (each lazy panel still waits if they have not arrived yet).
const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 2000));
idle(() => void loadLazyMessages().catch(() => undefined), { timeout: 5000 });
