import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The datasets under data/geojson are served as hashed static assets and fetched at run time,
// so react-query can validate them in its queryFn and a broken file shows an error banner
// instead of breaking the build.
export default defineConfig({
  plugins: [react()],
  assetsInclude: ['**/*.geojson'],
  // ES-module workers can split: the import worker fetches each format's parser on demand.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Split the two big libraries into their own chunks so the browser fetches them in
        // parallel with the app code (all are modulepreloaded from index.html).
        advancedChunks: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
