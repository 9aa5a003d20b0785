import { type QrEcLevel, qrDataUrl } from '@hcc/shared/qr/image';
import { useEffect, useMemo } from 'preact/hooks';

interface Props {
  text: string;
  level?: QrEcLevel;
  class?: string;
  onReady?: () => void;
  testId?: string;
}

/** A QR code as an inert SVG image; ready (for the gapless swap) once the browser has decoded it. */
export function QrImage({ text, level = 'M', class: cls = 'qr', onReady, testId }: Props) {
  const src = useMemo(() => {
    try {
      return qrDataUrl(text, level);
    } catch {
      return null; // too long for any QR version: the caption still shows
    }
  }, [text, level]);
  useEffect(() => {
    if (!src) onReady?.();
  }, [src]);
  if (!src) return <div class={cls} />;
  return <img class={cls} src={src} alt={`Mã QR: ${text}`} data-testid={testId} onLoad={onReady} onError={onReady} />;
}
