import QRCode from 'qrcode';
import { useEffect, useRef } from 'preact/hooks';

/** The procedure's page as a QR code the citizen takes away on their phone. */
export function QrCanvas({ text }: { text: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) void QRCode.toCanvas(canvas.current, text, { width: 280, margin: 1, errorCorrectionLevel: 'M' });
  }, [text]);
  return <canvas ref={canvas} data-testid="procedure-qr" aria-label="Mã QR của thủ tục" />;
}
