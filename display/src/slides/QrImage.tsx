import { useEffect, useState } from 'preact/hooks';
import { qrDataUrl } from './qr';

export function QrImage({ text, level = 'M', class: cls = 'qr' }: { text: string; level?: 'L' | 'M' | 'Q' | 'H'; class?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrDataUrl(text, level).then((s) => live && setSrc(s), () => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [text, level]);
  return src ? <img class={cls} src={src} alt={`Mã QR: ${text}`} /> : <div class={cls} />;
}
