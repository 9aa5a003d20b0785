import QRCode from 'qrcode';

const cache = new Map<string, Promise<string>>();

/** QR codes as data URLs (allowed by the CSP's img-src), memoised: the loop shows the same ones over and over. */
export function qrDataUrl(text: string, level: 'L' | 'M' | 'Q' | 'H' = 'M'): Promise<string> {
  const key = `${level}|${text}`;
  let p = cache.get(key);
  if (!p) {
    p = QRCode.toDataURL(text, { errorCorrectionLevel: level, margin: 1, width: 512, color: { dark: '#0b2545', light: '#ffffff' } });
    cache.set(key, p);
  }
  return p;
}
