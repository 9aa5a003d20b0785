import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const api = 'http://localhost:8080';

export default defineConfig({
  base: '/kiosk/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', manifest: true }, // the manifest feeds the size budget (e2e/bundle-budget.test.ts)
  // The search worker (src/search.worker.ts) is an ES module, like the page's scripts.
  worker: { format: 'es' },
  plugins: [
    preact(),
    VitePWA({
      // The kiosk applies a new version itself, once idle (src/updates.ts), never under a citizen's hand.
      registerType: 'prompt',
      injectRegister: false,
      scope: '/kiosk/',
      manifest: {
        name: 'Kiosk tra cứu thủ tục hành chính',
        short_name: 'Kiosk',
        lang: 'vi',
        start_url: '/kiosk/',
        scope: '/kiosk/',
        display: 'fullscreen',
        background_color: '#0b2545',
        theme_color: '#0b2545',
        icons: [],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2}'],
        // The dossier look-up and its receipt scanner (the decoder is ~400 KB) are fetched when the
        // look-up first opens, not with every kiosk update; once fetched they are kept.
        globIgnores: ['**/Lookup-*.js', '**/camera-scanner-*.js'],
        navigateFallback: '/kiosk/index.html',
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/api/procedures') || url.pathname === '/api/surveys/forms',
            handler: 'NetworkFirst',
            options: { cacheName: 'hcc-catalogue', networkTimeoutSeconds: 3 },
          },
          {
            urlPattern: ({ url }) => /^\/kiosk\/assets\/((Lookup|camera-scanner)-.*\.js|.*\.wasm)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'hcc-scanner', expiration: { maxEntries: 4 } },
          },
        ],
      },
    }),
  ],
  server: {
    proxy: { '/api': api, '/media': api, '/socket.io': { target: api, ws: true } },
    // As the server sends them (server/src/http/static-apps.ts): the page shares memory with its search worker.
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  },
});
