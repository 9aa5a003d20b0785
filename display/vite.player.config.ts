import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pwa.ts';

const api = 'http://localhost:8080';

/** The TV player. Built alone, so no console code can end up in what the TVs download. */
export default defineConfig({
  root: 'player',
  base: '/display/',
  envDir: '..',
  // lab.html draws slides on demand for browser tests and screenshots (src/player/lab.tsx).
  build: { outDir: '../dist/player', emptyOutDir: true, target: 'es2020', manifest: true, rollupOptions: { input: { index: 'player/index.html', lab: 'player/lab.html' } } },
  plugins: [
    preact(),
    VitePWA(
      pwaOptions(
        'Màn hình chờ – Trung tâm Phục vụ hành chính công',
        'Màn hình chờ',
        '/display/',
        {
          // The slide lab is for tests and screenshots: a TV never downloads it. The dossier slides come
          // with their first showing (they need the network for their data anyway), then stay cached.
          globIgnores: ['lab.html', 'assets/lab-*', 'assets/dossier-slides-*'],
          // A restarted TV with no network plays from these caches.
          runtimeCaching: [
            {
              urlPattern: ({ url }) => url.pathname.startsWith('/media/'),
              handler: 'CacheFirst',
              // Same cache the player fills whole (src/player/media-cache.ts) and evicts itself, least
              // recently used first and never what the current playlist needs; so no expiration here.
              options: { cacheName: 'hcc-media', rangeRequests: true, cacheableResponse: { statuses: [200] } },
            },
            {
              urlPattern: ({ url }) => /^\/display\/assets\/dossier-slides-.*\.js$/.test(url.pathname),
              handler: 'CacheFirst',
              options: { cacheName: 'hcc-dossier-slides', expiration: { maxEntries: 4 } },
            },
            {
              urlPattern: ({ url }) => url.pathname.startsWith('/api/procedures/'),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'hcc-procedures', expiration: { maxEntries: 500 } },
            },
          ],
        },
        // The player applies a new version itself, at an item boundary (src/player/updates.ts).
        { registerType: 'prompt', injectRegister: false },
      ),
    ),
  ],
  server: { proxy: { '/api': api, '/media': api, '/socket.io': { target: api, ws: true } } },
});
