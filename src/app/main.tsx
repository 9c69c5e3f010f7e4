import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hydrateFromHash } from '../state/use-url-sync';
import { App } from './app';
import { Providers } from './providers';
import './styles.css';

hydrateFromHash(window.location.hash);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  );
}
