/**
 * What keeps a TV showing the loop with nobody touching it: the screen must not sleep, the browser
 * chrome and cursor must not show, and a new player version must not interrupt an item halfway.
 */
export function keepAwake(): () => void {
  let lock: { release(): Promise<void> } | null = null;
  const request = async () => {
    try {
      lock = (await (navigator as unknown as { wakeLock?: { request(t: 'screen'): Promise<{ release(): Promise<void> }> } }).wakeLock?.request('screen')) ?? null;
    } catch {
      // Not allowed (no user activation, or not supported): kiosk-mode browsers keep screens on anyway.
    }
  };
  // A wake lock is dropped whenever the page is hidden; take it again when it comes back.
  const onVisible = () => document.visibilityState === 'visible' && void request();
  document.addEventListener('visibilitychange', onVisible);
  void request();
  // Fullscreen needs a user gesture: the first touch or key press of whoever installs the TV.
  const goFullscreen = () => void document.documentElement.requestFullscreen?.().catch(() => undefined);
  window.addEventListener('pointerdown', goFullscreen, { once: true });
  window.addEventListener('keydown', goFullscreen, { once: true });
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    void lock?.release();
  };
}
