import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

/**
 * A camera for Chromium's fake capture device (`--use-file-for-fake-video-capture`): a Y4M file
 * whose frames show `text` as a QR code, as if a receipt were held up to the kiosk. The QR is drawn
 * from the `qrcode` package's modules, slightly off-grey and off-centre like a printed slip.
 */
export function writeQrY4m(file: string, text: string, { width = 640, height = 480, frames = 10 } = {}): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cell = Math.floor((Math.min(width, height) * 0.8) / (modules.size + 2 * quiet));
  const side = cell * (modules.size + 2 * quiet);
  const left = Math.floor((width - side) / 2) + 12;
  const top = Math.floor((height - side) / 2) - 8;
  const y = Buffer.alloc(width * height, 90); // the desk around the paper
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      const mx = Math.floor(px / cell) - quiet;
      const my = Math.floor(py / cell) - quiet;
      const dark = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx);
      y[(top + py) * width + left + px] = dark ? 30 : 225;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
