/**
 * A kiosk in a public hall must offer no way out of itself. The page has no links and no file
 * inputs; this closes what a browser offers on top of the page: the context menu (open image in a new
 * tab, save as…), dragging an image or a QR onto the address bar, and window.open. Shortcuts that
 * navigate (Alt+←, F5, Ctrl+L…) belong to the kiosk browser's own lockdown (Chromium's --kiosk mode),
 * which sees them before any page could.
 */
export function lockDown(): () => void {
  const refuse = (e: Event) => e.preventDefault();
  // Should anything ever render a link, it may not leave the kiosk's own origin.
  const offOrigin = (e: MouseEvent) => {
    const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (a instanceof HTMLAnchorElement && (a.origin !== location.origin || a.target)) e.preventDefault();
  };
  const open = window.open;
  window.open = () => null;
  window.addEventListener('contextmenu', refuse, true);
  window.addEventListener('dragstart', refuse, true);
  window.addEventListener('click', offOrigin, true);
  window.addEventListener('auxclick', refuse, true);
  return () => {
    window.open = open;
    window.removeEventListener('contextmenu', refuse, true);
    window.removeEventListener('dragstart', refuse, true);
    window.removeEventListener('click', offOrigin, true);
    window.removeEventListener('auxclick', refuse, true);
  };
}

/**
 * The phone survey runs on the citizen's own phone, where pinch-zoom is theirs to use: index.html's
 * user-scalable=no is for the hall kiosk only (see the comment there).
 */
export function allowZoom(): undefined {
  document.querySelector('meta[name="viewport"]')?.setAttribute('content', 'width=device-width, initial-scale=1');
  return undefined;
}
