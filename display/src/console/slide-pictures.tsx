import { playlistApi, slidePictureApi } from '@hcc/shared/api/playlists';
import type { PlaylistItem } from '@hcc/shared/schemas/playlist';
import { render } from 'preact';
import { drawMarkup } from '../slides/dom-picture';
import { Slide } from '../slides/Slide';
import { staffApi, staffFetch } from './staff-api';

/** Laid out at a TV's 1920 × 1080 halved (the slides size themselves in container units), kept at 480 px wide. */
const STAGE = { width: 960, height: 540 };
const WIDTH = 480;
/** A spotlight waits for its procedure, a QR for its image to decode; past this the slide is drawn as it stands. */
const READY_TIMEOUT_MS = 4_000;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The slide drawn offscreen by the player's own renderer, as a JPEG. */
async function drawSlide(item: PlaylistItem, centreId: string): Promise<Blob | null> {
  const stage = document.createElement('div');
  stage.className = 'slide-picture-stage';
  stage.style.cssText = `position:fixed;left:-${STAGE.width * 4}px;top:0;width:${STAGE.width}px;height:${STAGE.height}px;overflow:hidden;container-type:size;background:#000;color:#fff`;
  document.body.append(stage);
  try {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, READY_TIMEOUT_MS);
      const ready = () => {
        clearTimeout(timer);
        resolve();
      };
      // The satisfaction slide shows its centre's figures, as on that centre's screens.
      render(<Slide item={item} centreId={centreId} onReady={ready} onFailed={ready} />, stage);
    });
    // The satisfaction slide is ready at once and fetches its figures after: wait for them (data-n is set).
    for (let waited = 0; stage.querySelector('[data-n=""]') && waited < READY_TIMEOUT_MS; waited += 100) await new Promise((r) => setTimeout(r, 100));
    // The type fitting runs in a layout effect after the content arrives: let it settle.
    await nextFrame();
    await nextFrame();
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = Math.round((WIDTH * STAGE.height) / STAGE.width);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.scale(WIDTH / STAGE.width, WIDTH / STAGE.width);
    const markup = new XMLSerializer().serializeToString(stage).replace(/left:\s*-\d+px;?/, 'left:0;');
    await drawMarkup(ctx, markup, STAGE.width, STAGE.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  } finally {
    render(null, stage);
    stage.remove();
  }
}

/**
 * Draws the slides of a playlist that have no picture yet (text, ticker, QR, spotlight, survey
 * results, emergency) with the player's own slide components, and leaves the pictures on the server
 * for the report's evidence, as the poster frame of a video is. Run after a publish and when the
 * Reports page opens; one slide at a time, so a long playlist does not stall the console. A slide
 * that cannot be drawn is left for the next run, and the report says it has no picture.
 */
export async function sendSlidePictures(playlist: { id: string; centreId: string }): Promise<number> {
  const { missing } = await staffApi(slidePictureApi.missing, { query: { playlist: playlist.id } });
  let sent = 0;
  for (const { key, item } of missing) {
    const jpeg = await drawSlide(item, playlist.centreId).catch(() => null);
    if (!jpeg) continue;
    await staffFetch(`/api/slide-pictures/${key}?playlist=${encodeURIComponent(playlist.id)}`, { method: 'PUT', body: jpeg, headers: { 'Content-Type': 'image/jpeg' } });
    sent += 1;
  }
  return sent;
}

/** The pictures missing from every playlist this member of staff may edit: when the Reports page opens. */
export async function sendAllSlidePictures(): Promise<number> {
  const { items } = await staffApi(playlistApi.list, {});
  let sent = 0;
  // Another centre's playlist answers 403, a server hiccup fails one playlist: the report names what has no picture.
  for (const p of items) sent += await sendSlidePictures(p).catch(() => 0);
  return sent;
}
