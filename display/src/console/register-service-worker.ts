/**
 * The service worker precaches the whole console (every tab's chunk and the fonts): registered once
 * the first screen is painted and the page is idle, so that neither its script nor its downloads
 * compete with the first screen on a tablet's CPU and link. Safari has no requestIdleCallback.
 */
export function registerServiceWorkerWhenIdle(scope: string): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register(`${scope}sw.js`, { scope }).catch((err: unknown) => {
      // The console still works online without it; the next visit tries again.
      console.warn('service worker not registered', err);
    });
  const whenIdle = () => (window.requestIdleCallback ? window.requestIdleCallback(() => void register(), { timeout: 5_000 }) : setTimeout(() => void register(), 1_000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
