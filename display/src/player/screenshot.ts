import { drawMarkup } from '../slides/dom-picture';

/**
 * A thumbnail of what the screen shows now, for the console's screen wall: the page drawn through an
 * SVG foreignObject (the text slides, ticker, header and QR panel), with the pixels of the playing
 * video or image painted over their place, since SVG images may not load media of their own.
 */

const WIDTH = 480;
const QUALITY = 0.7;

/** JPEG data of the current frame, base64 without the data-URL prefix. */
export async function captureScreen(): Promise<string> {
  const root = document.documentElement;
  const w = root.clientWidth;
  const h = root.clientHeight;
  const scale = WIDTH / w;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = Math.round(h * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas on this device');
  ctx.scale(scale, scale);
  ctx.fillStyle = getComputedStyle(document.body).backgroundColor || '#000';
  ctx.fillRect(0, 0, w, h);

  try {
    await drawMarkup(ctx, new XMLSerializer().serializeToString(document.body), w, h, root.className);
  } catch {
    // The layout could not be drawn; the media below still show what plays.
  }
  for (const el of Array.from(document.querySelectorAll<HTMLVideoElement | HTMLImageElement>('.layer-front video, .layer-front img.media'))) {
    const r = el.getBoundingClientRect();
    const [iw, ih] = el instanceof HTMLVideoElement ? [el.videoWidth, el.videoHeight] : [el.naturalWidth, el.naturalHeight];
    const ready = el instanceof HTMLVideoElement ? el.readyState >= 2 : el.complete;
    if (!ready || !iw || !ih || !r.width) continue;
    // object-fit: contain, as slides.css shows media.
    const fit = Math.min(r.width / iw, r.height / ih);
    ctx.fillStyle = '#000';
    ctx.fillRect(r.left, r.top, r.width, r.height);
    ctx.drawImage(el, r.left + (r.width - iw * fit) / 2, r.top + (r.height - ih * fit) / 2, iw * fit, ih * fit);
  }
  return canvas.toDataURL('image/jpeg', QUALITY).replace(/^data:image\/jpeg;base64,/, '');
}
