import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Both apps are PWAs with their own scope; only the manifest and runtime caching differ. */
export function pwaOptions(
  name: string,
  shortName: string,
  scope: string,
  extra: Partial<VitePWAOptions['workbox']> = {},
  register: Pick<VitePWAOptions, 'registerType' | 'injectRegister'> = { registerType: 'autoUpdate', injectRegister: 'script' },
): Partial<VitePWAOptions> {
  return {
    // injectRegister 'script' is an external registerSW.js: the server's CSP allows no inline script.
    ...register,
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
