import { registerSW } from 'virtual:pwa-register';
import { idleUpdater } from './idle-updater';

const CHECK_EVERY_MS = 30 * 60_000;
/** What counts as someone at the kiosk. */
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'input', 'wheel'] as const;

/**
 * New kiosk versions arrive as a waiting service worker (workbox-window, through vite-plugin-pwa's
 * register module, as the TV player does). The kiosk checks every 30 minutes and switches to the new
 * version (service worker takes over, page reloads) when it has been idle long enough.
 */
export function applyUpdatesWhenIdle(idleMs: number): void {
  if (!('serviceWorker' in navigator)) return;
  const updater = idleUpdater(
    idleMs,
    {
      now: () => Date.now(),
      every: (ms, fn) => void setInterval(fn, ms),
      onActivity: (fn) => ACTIVITY.forEach((e) => document.addEventListener(e, fn, { capture: true, passive: true })),
    },
    () => void apply(true),
  );
  const apply = registerSW({
    onNeedRefresh: () => updater.versionWaiting(),
    onRegisteredSW: (_url, reg) => reg && setInterval(() => void reg.update(), CHECK_EVERY_MS),
  });
}
