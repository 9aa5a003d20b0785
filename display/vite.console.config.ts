import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pwa.ts';

const api = 'http://localhost:8080';

/** The staff console: a separate build that reuses the player's slide renderers for previews. */
export default defineConfig({
  root: 'console',
  base: '/console/',
  envDir: '..',
  build: { outDir: '../dist/console', emptyOutDir: true, target: 'es2020', manifest: true },
  plugins: [
    preact(),
    // Registered by main.tsx once the first screen is up (register-service-worker.ts), not by a script in <head>.
    VitePWA(pwaOptions('Bảng điều khiển – Trung tâm Phục vụ hành chính công', 'Điều khiển', '/console/', {}, { registerType: 'autoUpdate', injectRegister: false })),
  ],
  server: { port: 5174, proxy: { '/api': api, '/media': api, '/socket.io': { target: api, ws: true } } },
});
