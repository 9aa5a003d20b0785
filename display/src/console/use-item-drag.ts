import { useState } from 'preact/hooks';

/** Page scrolling while an item is dragged near the window's top or bottom edge, so it can travel the whole list. */
const EDGE_PX = 80;
const SCROLL_STEP_PX = 24;

/**
 * Reordering a list by dragging a row's handle: pointer events (mouse, touch and pen alike, which the
 * HTML drag-and-drop API is not on tablets), rows found by their `data-index`, the move made on release.
 */
export function useItemDrag(move: (from: number, to: number) => void) {
  const [drag, setDrag] = useState<{ from: number; over: number } | null>(null);
  const onPointerMove = (e: PointerEvent) => {
    if (!drag) return;
    if (e.clientY < EDGE_PX) window.scrollBy(0, -SCROLL_STEP_PX);
    else if (e.clientY > window.innerHeight - EDGE_PX) window.scrollBy(0, SCROLL_STEP_PX);
    const row = document.elementFromPoint(e.clientX, e.clientY)?.closest<HTMLElement>('[data-index]');
    if (row) setDrag({ ...drag, over: Number(row.dataset.index) });
  };
  const onPointerUp = () => {
    if (drag) move(drag.from, drag.over);
    setDrag(null);
  };
  return { over: drag?.over ?? null, start: (i: number) => setDrag({ from: i, over: i }), onPointerMove, onPointerUp };
}
