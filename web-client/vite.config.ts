import { defineConfig } from 'vitest/config';

// The dev server stands in for the silo host: the API and the hub are proxied to it so the
// browser sees one origin, exactly as in production where the host serves web-client/dist.
// HUB_BACKEND overrides the host address.
const backend = process.env.HUB_BACKEND ?? 'http://127.0.0.1:5000';

export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/hubs': { target: backend, ws: true, changeOrigin: false },
      '/client-config.json': { target: backend, changeOrigin: false },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist', sourcemap: true, target: 'es2022' },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
