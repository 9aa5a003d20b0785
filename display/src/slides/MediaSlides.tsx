import { useEffect, useRef } from 'preact/hooks';

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

/**
 * A video that decodes its first frame while hidden (ready), starts when it comes to the front, and
 * reports a stall instead of freezing the loop.
 */
export function VideoSlide({ mediaId, caption, alt, active, onReady, onEnded, onFailed }: MediaProps) {
  const ref = useRef<HTMLVideoElement>(null);
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
    <div class="slide slide-media">
      <video
        ref={ref}
        class="media"
        src={`/media/${mediaId}`}
        aria-label={alt}
        muted
        playsInline
        preload="auto"
        disableRemotePlayback
        onLoadedData={() => onReady?.()}
        onEnded={() => onEnded?.()}
        onError={() => onFailed?.('video could not be played')}
      />
      {caption && <div class="caption">{caption}</div>}
    </div>
  );
}

/** An image that is decoded before it is shown, so it never paints half-loaded. */
export function ImageSlide({ mediaId, caption, alt, onReady, onFailed }: MediaProps) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    ref.current?.decode().then(
      () => onReady?.(),
      () => onFailed?.('image could not be decoded'),
    );
  }, [mediaId]);
  return (
    <div class="slide slide-media">
      <img ref={ref} class="media" src={`/media/${mediaId}`} alt={alt} decoding="async" />
      {caption && <div class="caption">{caption}</div>}
    </div>
  );
}
