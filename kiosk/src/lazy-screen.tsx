import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n';

/** A screen whose module is fetched and evaluated when first asked for, not with the kiosk's start-up. */
export type LazyScreen<P> = ComponentType<P> & { prefetch(): Promise<unknown> };

/**
 * The procedure page and the take-away QR codes are not part of the home screen: evaluating them (and
 * the QR encoder) with the main module made the kiosk's start-up task longer (BENCHMARKS.md, "Kiosk
 * start-up long tasks"). The survey and the privacy notice stay in the start-up module (App.tsx says why). Once prefetched (App prefetches them when
 * idle) the screen draws in the same render as the tap, with no "opening" frame. preact/compat's
 * lazy() would need Suspense and compat in the bundle, and always suspends once on first use.
 * A failed fetch (offline before the service worker cached the chunks) is tried again next time.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchScreen = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (err: unknown) => {
        loading = undefined;
        throw err;
      },
    ));
  function Screen(props: P) {
    const t = useT();
    const [Loaded, setLoaded] = useState(() => loaded);
    useEffect(() => {
      if (Loaded) return undefined;
      let gone = false;
      fetchScreen().then(
        (c) => !gone && setLoaded(() => c),
        () => undefined,
      );
      return () => {
        gone = true;
      };
    }, []);
    return Loaded ? <Loaded {...props} /> : <p class="muted">{t('Đang mở…', 'Opening…')}</p>;
  }
  return Object.assign(Screen, { prefetch: fetchScreen });
}

/**
 * Fetches the screens one per idle period of the page's thread, so that evaluating them never adds
 * to a long task while the home screen is coming up. Returns a stop for a page that goes away first.
 */
export function prefetchWhenIdle(screens: readonly Pick<LazyScreen<object>, 'prefetch'>[]): () => void {
  // Safari (a citizen's phone) has no requestIdleCallback; a short timer stands in for it.
  const idle = (fn: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(fn) : window.setTimeout(fn, 200));
  let stopped = false;
  const next = (i: number) => {
    const s = screens[i];
    if (!s || stopped) return;
    // One that fails (offline) is fetched again when opened; the others are still prefetched.
    idle(
      () =>
        void s.prefetch().then(
          () => next(i + 1),
          () => next(i + 1),
        ),
    );
  };
  next(0);
  return () => {
    stopped = true;
  };
}
