import { registerSW } from 'virtual:pwa-register';

const CHECK_EVERY_MS = 30 * 60_000;

/**
 * New player versions arrive as a waiting service worker. Nobody is there to click "reload", and
 * reloading mid-video would cut an item short, so the update is applied at the next item boundary.
 */
export function watchForUpdates(): { atItemBoundary(): void } {
  let waiting = false;
  const apply = registerSW({
    onNeedRefresh: () => (waiting = true),
    onRegisteredSW: (_url, reg) => reg && setInterval(() => void reg.update(), CHECK_EVERY_MS),
  });
  return {
    atItemBoundary() {
      if (waiting) void apply(true);
    },
  };
}
