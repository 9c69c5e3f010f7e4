import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { hydrateFromHash } from '../state/use-url-sync';
import { App } from './app';
import { Providers } from './providers';
import './styles.css';

hydrateFromHash(window.location.hash);

// `?presenter`: the presenter's window for briefing mode, loaded only when asked for.
const PresenterView = lazy(() =>
  import('../features/briefing/presenter-view').then((m) => ({ default: m.PresenterView })),
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
