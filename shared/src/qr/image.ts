import QRCode from 'qrcode';

export type QrEcLevel = 'L' | 'M' | 'Q' | 'H';

/**
 * The dark modules as one horizontal run per row segment, in module units offset by the quiet zone:
 * crisp at any size and small to store or send. The encoding itself is the `qrcode` package's.
 */
function darkRunsPath(modules: { size: number; get(row: number, col: number): number | boolean }, margin: number): string {
  let d = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      let end = x;
      while (end + 1 < modules.size && modules.get(y, end + 1)) end++;
      d += `M${x + margin} ${y + margin}h${end - x + 1}v1h${x - end - 1}z`;
      x = end;
    }
  }
  return d;
}

/**
 * A QR code as a self-contained SVG data URL (an <img> shows it under a strict CSP, at any size),
 * encoded by `qrcode`. Throws when the text is too long for any QR version; callers show the caption.
 */
export function qrDataUrl(text: string, level: QrEcLevel = 'M', colour = '#0b2545'): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: level });
  const side = modules.size + 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="${colour}" d="${darkRunsPath(modules, 1)}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
