import { useEffect, useState } from 'preact/hooks';
import { qrDataUrl } from './qr';

interface Props {
  text: string;
  level?: 'L' | 'M' | 'Q' | 'H';
  class?: string;
  onReady?: () => void;
}

export function QrImage({ text, level = 'M', class: cls = 'qr', onReady }: Props) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrDataUrl(text, level).then(
      (s) => {
        if (!live) return;
        setSrc(s);
        onReady?.();
      },
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [text, level]);
  return src ? <img class={cls} src={src} alt={`Mã QR: ${text}`} /> : <div class={cls} />;
}
