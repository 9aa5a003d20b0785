import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Both apps are PWAs with their own scope; only the manifest and runtime caching differ. */
export function pwaOptions(name: string, shortName: string, scope: string, extra: Partial<VitePWAOptions['workbox']> = {}): Partial<VitePWAOptions> {
  return {
    registerType: 'autoUpdate',
    // An external registerSW.js, not an inline script: the server's CSP allows scripts from 'self' only.
    injectRegister: 'script',
    scope,
    manifest: {
      name,
      short_name: shortName,
      lang: 'vi',
      start_url: scope,
      scope,
      display: 'fullscreen',
      background_color: '#0b2545',
      theme_color: '#0b2545',
      icons: [],
    },
    workbox: { globPatterns: ['**/*.{js,css,html,woff2,svg}'], navigateFallback: `${scope}index.html`, ...extra },
  };
}
