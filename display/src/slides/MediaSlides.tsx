import { useEffect, useRef, useState } from 'preact/hooks';
import { useFit } from './fit';

/** How long a playing video may make no progress before it counts as stalled and is skipped. */
const STALL_MS = 5_000;

interface MediaProps {
  mediaId: string;
  caption: string;
  alt: string;
  active: boolean;
  onReady?: (() => void) | undefined;
  onEnded?: (() => void) | undefined;
  onFailed?: ((why: string) => void) | undefined;
}

/** The widest the first-frame still is kept: it stands in for a frame or two, and a TV stick's memory is small. */
const STILL_MAX_WIDTH = 960;

/**
 * Copies the frame a video shows into the canvas under it. Chromium hands a video prepared out of sight
 * to the compositor only once it is drawn, after the swap, so its first painted frames can be empty:
 * the still shows through them instead of the bare backdrop (issue 20 §2, e2e/painted-frames).
 */
function keepStill(video: HTMLVideoElement, canvas: HTMLCanvasElement | null): void {
  const scale = Math.min(1, STILL_MAX_WIDTH / (video.videoWidth || 1));
  const [w, h] = [Math.round(video.videoWidth * scale), Math.round(video.videoHeight * scale)];
  if (!canvas || !w || !h) return;
  canvas.width = w;
  canvas.height = h;
  canvas.getContext('2d')?.drawImage(video, 0, 0, w, h);
}

/**
 * A video that decodes its first frame while hidden (ready), starts when it comes to the front, and
 * reports a stall instead of freezing the loop.
 */
export function VideoSlide({ mediaId, caption, alt, active, onReady, onEnded, onFailed }: MediaProps) {
  const ref = useRef<HTMLVideoElement>(null);
  const still = useRef<HTMLCanvasElement>(null);
  const [ratio, setRatio] = useState<number | null>(null);
  useEffect(() => {
    const v = ref.current;
    if (!v) return;
    if (!active) {
      v.pause();
      return;
    }
    v.play().catch(() => onFailed?.('video could not start'));
    let last = -1;
    let since = performance.now();
    const t = setInterval(() => {
      if (v.ended || v.paused) return;
      if (v.currentTime !== last) {
        last = v.currentTime;
        since = performance.now();
      } else if (performance.now() - since > STALL_MS) onFailed?.('video stalled');
    }, 500);
    return () => clearInterval(t);
  }, [active]);
  return (
    <MediaFrame kind="video" caption={caption} ratio={ratio}>
      <canvas ref={still} class="media" aria-hidden="true" />
      <video
        ref={ref}
        class="media"
        src={`/media/${mediaId}`}
        aria-label={alt}
        muted
        playsInline
        preload="auto"
        disableRemotePlayback
        onLoadedMetadata={(e) => setRatio(aspect(e.currentTarget.videoWidth, e.currentTarget.videoHeight))}
        onLoadedData={(e) => {
          keepStill(e.currentTarget, still.current);
          onReady?.();
        }}
        onEnded={() => onEnded?.()}
        onError={() => onFailed?.('video could not be played')}
      />
    </MediaFrame>
  );
}

/** The backdrop's width: a picture this small, blurred and scaled up, looks the same as the whole one blurred. */
const BACKDROP_WIDTH = 96;

/**
 * Draws the picture blurred and darkened into the small canvas behind it. Chromium rasters a hidden
 * layer only once it is shown: a full-size picture blurred by CSS cost most of the 50–200 ms an image
 * took to reach the screen after a video (BENCHMARKS.md); a tiny bitmap scaled up costs next to nothing.
 */
function drawBackdrop(img: HTMLImageElement, canvas: HTMLCanvasElement | null): void {
  const ctx = canvas?.getContext('2d');
  const [w, h] = [BACKDROP_WIDTH, Math.round((BACKDROP_WIDTH * img.naturalHeight) / (img.naturalWidth || 1))];
  if (!canvas || !ctx || !h) return;
  canvas.width = w;
  canvas.height = h;
  // 3 % of the short side, as the CSS blur was (3cqmin); drawn past the edges so they do not fade.
  const blur = 0.03 * Math.min(w, h);
  ctx.filter = `blur(${blur}px) brightness(0.55)`;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(img, -2 * blur, -2 * blur, w + 4 * blur, h + 4 * blur);
}

/** An image that is decoded before it is shown, so it never paints half-loaded. */
export function ImageSlide({ mediaId, caption, alt, onReady, onFailed }: MediaProps) {
  const ref = useRef<HTMLImageElement>(null);
  const backdrop = useRef<HTMLCanvasElement>(null);
  const [ratio, setRatio] = useState<number | null>(null);
  useEffect(() => {
    ref.current?.decode().then(
      () => {
        const img = ref.current;
        if (img) {
          setRatio(aspect(img.naturalWidth, img.naturalHeight));
          drawBackdrop(img, backdrop.current);
        }
        onReady?.();
      },
      () => onFailed?.('image could not be decoded'),
    );
  }, [mediaId]);
  return (
    <MediaFrame kind="image" caption={caption} ratio={ratio} backdrop={backdrop}>
      <img ref={ref} class="media" src={`/media/${mediaId}`} alt={alt} decoding="async" />
    </MediaFrame>
  );
}

const aspect = (w: number, h: number) => (w > 0 && h > 0 ? w / h : null);

interface FrameProps {
  kind: 'video' | 'image';
  caption: string;
  ratio: number | null;
  /** An image is drawn again, blurred, behind its letterbox; a video gets the brand colours (a second decoder would cost a TV stick too much). */
  backdrop?: preact.RefObject<HTMLCanvasElement>;
  children: preact.ComponentChildren;
}

/**
 * Media with what surrounds it. Landscape: the picture fills the zone and the caption lies over its
 * foot. Portrait: a 16:9 picture would leave a third of the screen black, so it sits in the middle of
 * a blurred or brand-colour backdrop with the caption set large below it.
 */
function MediaFrame({ kind, caption, ratio, backdrop, children }: FrameProps) {
  const box = useRef<HTMLDivElement>(null);
  useFit(box, [caption]);
  return (
    <div class={`slide slide-media media-${kind}`} style={ratio ? { '--ar': String(ratio) } : undefined}>
      <div class="media-backdrop" aria-hidden="true">
        {backdrop && <canvas ref={backdrop} />}
      </div>
      <div class="media-frame">{children}</div>
      {caption && (
        <div class="caption" ref={box}>
          <p>{caption}</p>
        </div>
      )}
    </div>
  );
}
