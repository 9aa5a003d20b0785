import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';

/** A printed code as modules: `dark(x, y)` over a `width` × `height` grid. */
interface Symbol2d {
  width: number;
  height: number;
  dark(x: number, y: number): boolean;
}

interface FrameOptions {
  width?: number;
  height?: number;
  frames?: number;
}

/**
 * A camera for Chromium's fake capture device (`--use-file-for-fake-video-capture`): a Y4M file whose
 * frames show `symbol` as if a receipt were held up to the kiosk, slightly off-grey and off-centre like
 * a printed slip on a desk. A 2D code keeps square modules; a 1D code's bars are stretched tall.
 */
function writeSymbolY4m(file: string, symbol: Symbol2d, { width = 640, height = 480, frames = 10 }: FrameOptions): void {
  const isLinear = symbol.height === 1;
  const quiet = isLinear ? 10 : 4;
  const cellX = Math.floor(((isLinear ? width * 0.9 : Math.min(width, height) * 0.8) as number) / (symbol.width + 2 * quiet));
  const cellY = isLinear ? Math.floor(height * 0.4) : cellX;
  const sideX = cellX * (symbol.width + 2 * quiet);
  const sideY = isLinear ? cellY : cellX * (symbol.height + 2 * quiet);
  const left = Math.floor((width - sideX) / 2) + 12;
  const top = Math.floor((height - sideY) / 2) - 8;
  const y = Buffer.alloc(width * height, 90); // the desk around the paper
  for (let py = 0; py < sideY; py++) {
    for (let px = 0; px < sideX; px++) {
      const mx = Math.floor(px / cellX) - quiet;
      const my = isLinear ? 0 : Math.floor(py / cellY) - quiet;
      const dark = mx >= 0 && my >= 0 && mx < symbol.width && my < symbol.height && symbol.dark(mx, my);
      y[(top + py) * width + left + px] = dark ? 30 : 225;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

/** The receipt's QR code, drawn from the `qrcode` package's modules. */
export function writeQrY4m(file: string, text: string, options: FrameOptions = {}): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  writeSymbolY4m(file, { width: modules.size, height: modules.size, dark: (x, y) => Boolean(modules.get(y, x)) }, options);
}

/**
 * The receipt's Code 128 barcode, encoded by zxing-cpp's writer (the library whose reader the kiosk
 * runs, from its local WebAssembly: nothing fetched). Its symbol is one row of modules, 0 for a bar.
 */
export async function writeCode128Y4m(file: string, text: string, options: FrameOptions = {}): Promise<void> {
  const wasm = createRequire(import.meta.url).resolve('zxing-wasm/writer/zxing_writer.wasm');
  prepareZXingModule({ overrides: { wasmBinary: readFileSync(wasm).buffer as ArrayBuffer } });
  const { symbol, error } = await writeBarcode(text, { format: 'Code128' });
  if (error) throw new Error(`Code 128 of "${text}": ${error}`);
  writeSymbolY4m(file, { width: symbol.width, height: 1, dark: (x) => symbol.data[x] === 0 }, options);
}
