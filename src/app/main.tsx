import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLazyMessages, withMessages } from '../i18n/lazy-messages';
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

const root = document.getElementById('root');
if (root) {
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

// The lazy features' messages are fetched once the first paint is done, so a tab opens without
// waiting for them (each lazy panel still waits if they have not arrived yet).
const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 2000));
idle(() => void loadLazyMessages().catch(() => undefined), { timeout: 5000 });
