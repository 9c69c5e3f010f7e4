import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { startupChunks } from './scripts/startup-chunks.ts';
import { headerPolicy, metaPolicy } from './src/app/content-security-policy.ts';
import { BASEMAP_ORIGINS, customTileOrigins } from './src/map/basemap-origins.ts';

/**
 * Writes the Content-Security-Policy into the built index.html as the first element of <head>,
 * so it applies before any script or style. Build only: the dev server injects an inline
 * React-refresh preamble that a strict policy would block.
 */
function contentSecurityPolicy(tileOrigins: readonly string[]): Plugin {
  return {
    name: 'jlp-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(tileOrigins) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The datasets under data/geojson are served as hashed static assets and fetched at run time,
// so react-query can validate them in its queryFn and a broken file shows an error banner
// instead of breaking the build.
export default defineConfig(({ mode }) => {
  // The basemaps' hosts, and the custom tile servers allowed at build time (VITE_TILE_ORIGINS).
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const tileOrigins = [...BASEMAP_ORIGINS, ...customTileOrigins(env.VITE_TILE_ORIGINS)];
  const startup = startupChunks(import.meta.dirname);
  return {
    plugins: [react(), contentSecurityPolicy(tileOrigins), startup.plugin],
    assetsInclude: ['**/*.geojson'],
    // ES-module workers can split: the import worker fetches each format's parser on demand.
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        output: {
          // The two big libraries in chunks of their own, so the browser fetches them in
          // parallel with the app code (all are modulepreloaded from index.html); the rest of
          // the first paint in one chunk, and what the page loads right after it in another
          // (scripts/startup-chunks.ts). Features loaded on first use keep their own chunks.
          codeSplitting: {
            // A group takes only what it names: with its dependencies it would pull the first
            // paint's own modules (the store) into the after-paint chunk.
            includeDependenciesRecursively: false,
            groups: [
              { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              ...startup.groups,
            ],
          },
        },
      },
    },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
      headers: { 'Content-Security-Policy': headerPolicy(tileOrigins) },
    },
  };
});
