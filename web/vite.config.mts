import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

/**
 * The client is built into dist/web, which the Nest app serves at `/`. `npm run dev` runs this
 * config's dev server (reload on change) and proxies the API paths to the Nest app.
 */
export default defineConfig({
  root,
  // React's automatic JSX runtime through Vite's own transform (no Babel plugin needed).
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // bench/web.js reads it to sum the JS a route needs.
    manifest: true,
    // Route-level code splitting: every page is a lazy chunk (see src/app/router.tsx).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Mantine marks its modules "use client" (for React server components); irrelevant here.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': api,
      '/auth': api,
      '/health': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
