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
  build: { outDir: '../dist/player', emptyOutDir: true, target: 'es2020' },
  plugins: [
    preact(),
    VitePWA(
      pwaOptions('Màn hình chờ – Trung tâm Phục vụ hành chính công', 'Màn hình chờ', '/display/', {
        // Media are cached as they are first played, so a restarted TV plays offline.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/media/'),
            handler: 'CacheFirst',
            options: { cacheName: 'hcc-media', rangeRequests: true, cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 300, purgeOnQuotaError: true } },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/api/procedures/'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'hcc-procedures', expiration: { maxEntries: 500 } },
          },
        ],
      }),
    ),
  ],
  server: { proxy: { '/api': api, '/media': api, '/socket.io': { target: api, ws: true } } },
});
