import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:4000';

// Two pages: the app (index.html) and the GraphiQL playground (playground.html),
// which the API serves at GET /graphql. Assets use absolute /assets/ URLs so the
// playground also loads when served from /graphql.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco is large by nature; don't warn about its chunks.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        playground: fileURLToPath(new URL('./playground.html', import.meta.url)),
      },
      // GraphiQL's deps carry React Compiler "use no memo" directives; harmless here.
      checks: { moduleLevelDirective: false },
    },
  },
  optimizeDeps: {
    // CommonJS deps reached only from the GraphQL Monaco worker, which Vite's dev
    // pre-bundler doesn't scan: without this the worker fails in `vite` dev.
    include: ['nullthrows', 'picomatch-browser'],
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/seat-maps': api,
      '/healthz': api,
      '/readyz': api,
      '/metrics': api,
    },
  },
});
