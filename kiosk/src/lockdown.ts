/**
 * No zoom on the hall kiosk. This is a kiosk in a public hall, not a phone: a stray two-finger touch
 * or a child's palm would zoom the page, and the next (often elderly, first-time) person finds a
 * half-screen they cannot get out of, since the kiosk has no browser controls and resets only after a
 * minute. Zoom is replaced by the kiosk's own text-size button (A, A+, A++ in the toolbar), which
 * reflows the page instead of cropping it, plus a high-contrast mode; both reset for the next person.
 * Not with the viewport's user-scalable=no, which also takes zoom from people who need it on their own
 * devices (and fails the accessibility audit): kiosk.css sets touch-action: pan-x pan-y on the root,
 * which leaves scrolling to touch and takes pinch-zoom away in Chromium; these catch the other ways in.
 */
const ZOOM_KEYS = ['+', '-', '=', '0'];
/** TouchEvent is not defined in every desktop browser, so the touches are looked for, not the class. */
const isMultiTouch = (e: Event) => 'touches' in e && typeof e.touches === 'object' && e.touches !== null && 'length' in e.touches && Number(e.touches.length) > 1;
const refuseZoom = (e: Event) => {
  const zooms = e instanceof WheelEvent ? e.ctrlKey : e instanceof KeyboardEvent ? (e.ctrlKey || e.metaKey) && ZOOM_KEYS.includes(e.key) : e.type.startsWith('gesture') || isMultiTouch(e);
  if (zooms) e.preventDefault();
};
/** A trackpad pinch or Ctrl+wheel, a two-finger touch, Ctrl +/−/0, and Safari's gesture events. */
const ZOOM_EVENTS = ['wheel', 'touchmove', 'keydown', 'gesturestart', 'gesturechange'];

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
  // Not passive: a passive listener may not cancel the zoom.
  for (const e of ZOOM_EVENTS) window.addEventListener(e, refuseZoom, { capture: true, passive: false });
  return () => {
    for (const e of ZOOM_EVENTS) window.removeEventListener(e, refuseZoom, true);
    window.open = open;
    window.removeEventListener('contextmenu', refuse, true);
    window.removeEventListener('dragstart', refuse, true);
    window.removeEventListener('click', offOrigin, true);
    window.removeEventListener('auxclick', refuse, true);
  };
}

/** The phone survey runs on the citizen's own phone, where pinch-zoom is theirs to use (see above). */
export function allowZoom(): () => void {
  document.documentElement.classList.add('zoomable');
  return () => document.documentElement.classList.remove('zoomable');
}
