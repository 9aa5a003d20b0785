import { type RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Type that scales within bounds so a slide's text always fits its box. Slides size their type as
 * `calc(N * var(--fit))`; this finds the largest `--fit` in [min, 1] at which nothing overflows (the box
 * and every text box in it), before the slide is painted. Content is summarised first (shared/), so
 * the lower bound is a floor for pathological input, not the usual case.
 */

/** 1 px of slack: sub-pixel rounding makes scrollHeight exceed clientHeight by one on some zooms. */
const SLACK = 1;

function overflows(el: Element): boolean {
  return el.scrollHeight > el.clientHeight + SLACK || el.scrollWidth > el.clientWidth + SLACK;
}

/** The box, and each element inside it that clips its own text (a line clamp, a table cell). */
function fits(box: HTMLElement): boolean {
  if (overflows(box)) return false;
  for (const el of box.querySelectorAll<HTMLElement>('[data-fit-text]')) if (overflows(el)) return false;
  return true;
}

/** The smallest and largest scale of a slide's type: below 0.45 a TV's text is no longer legible across a room. */
export interface FitBounds {
  min: number;
  max: number;
}

/** Scales this close look alike across a room (2 % of a letter's size): the search stops there. */
const STEP = 0.02;

/** Sets `--fit` on the box to the largest scale in [min, max] at which it fits; returns that scale. */
export function fitBox(box: HTMLElement, { min, max }: FitBounds): number {
  const set = (scale: number) => box.style.setProperty('--fit', String(scale));
  set(max);
  if (box.clientHeight === 0 || fits(box)) return max;
  // Each try is a layout, and a TV has little CPU to spare, so each guess comes from the last overflow
  // rather than from halving: text wraps, so its height grows with about the square of its size. The
  // guess is a little high (margins and pictures do not scale), so it aims STEP/2 below; once a scale
  // fits, one try STEP above says whether it is the largest. When only a clamped line overflows the box
  // says nothing, and the guess is the middle. This takes 2–4 layouts where halving took 6.
  let lo = min;
  let hi = max;
  let scale = max;
  let triedAbove = false;
  while (hi - lo > STEP) {
    if (scale === lo && !triedAbove) {
      scale = lo + STEP;
      triedAbove = true;
    } else {
      const ratio = box.clientHeight / box.scrollHeight;
      const guess = scale === hi && ratio < 1 ? scale * Math.sqrt(ratio) - STEP / 2 : (lo + hi) / 2;
      scale = Math.max(lo + STEP / 2, Math.min(hi - STEP / 2, guess));
    }
    set(scale);
    if (fits(box)) lo = scale;
    else hi = scale;
  }
  if (scale !== lo) set(lo);
  return lo;
}

/**
 * Fits the box now, again when it is resized (the console preview, a rotated TV) and again when a
 * web font finishes loading (its letters are wider than the fallback's).
 */
export function useFit(ref: RefObject<HTMLElement>, deps: unknown[], { min = 0.45, max = 1 }: Partial<FitBounds> = {}): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const refit = () => {
      fitBox(box, { min, max });
      box.dataset['fit'] = box.style.getPropertyValue('--fit');
    };
    refit();
    let lastW = box.clientWidth;
    let lastH = box.clientHeight;
    const ro = new ResizeObserver(() => {
      // Only a change of the box itself; the fitting changes what is inside, not the box.
      if (box.clientWidth === lastW && box.clientHeight === lastH) return;
      lastW = box.clientWidth;
      lastH = box.clientHeight;
      refit();
    });
    ro.observe(box);
    document.fonts.addEventListener('loadingdone', refit);
    return () => {
      ro.disconnect();
      document.fonts.removeEventListener('loadingdone', refit);
    };
  }, deps);
}
