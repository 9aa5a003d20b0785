import { useEffect, useState } from 'preact/hooks';

/**
 * A QR code's image (a data: URL), made once the QR encoder has loaded; null until then. The encoder is
 * a chunk of its own: in the start-up module it was an eighth of what the kiosk evaluated before its
 * first screen (BENCHMARKS.md, "Kiosk start-up long tasks"), for a code shown only on the survey screen.
 * Offline before the chunk was ever fetched, the code stays away; the survey itself still works.
 */
export function useQrDataUrl(text: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let gone = false;
    import('@hcc/shared/qr/image').then(
      (m) => !gone && setUrl(m.qrDataUrl(text)),
      () => undefined,
    );
    return () => {
      gone = true;
    };
  }, [text]);
  return url;
}
