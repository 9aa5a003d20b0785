/**
 * Draws part of the page into a 2D canvas through an SVG foreignObject: the browser lays the markup
 * out again with the page's own style sheets, so what is drawn is what the renderer shows. Used for
 * the player's screenshots and for the console's pictures of slides. SVG images may load nothing of
 * their own: web fonts fall back to the system face, and media must be painted over by the caller.
 */

function pageCss(): string {
  let css = '';
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) css += rule.cssText;
    } catch {
      // A sheet the page may not read (none today): the picture goes without it.
    }
  }
  // Fonts cannot load inside an SVG image; drop their rules rather than wait for nothing.
  return css.replace(/@font-face\s*{[^}]*}/g, '');
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the page could not be drawn'));
    img.src = src;
  });
}

/**
 * Draws `markup` (serialised XHTML, laid out in a box of w × h CSS pixels) at the context's origin.
 * `htmlClass` goes on the root element, for style rules that hang off it.
 */
export async function drawMarkup(ctx: CanvasRenderingContext2D, markup: string, w: number, h: number, htmlClass = ''): Promise<void> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><foreignObject width="100%" height="100%">` +
    `<html xmlns="http://www.w3.org/1999/xhtml" class="${htmlClass}"><head><style>${pageCss().replace(/]]>/g, '')}</style></head>${markup}</html>` +
    `</foreignObject></svg>`;
  ctx.drawImage(await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`), 0, 0);
}
