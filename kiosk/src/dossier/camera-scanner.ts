import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
// The decoder's WebAssembly ships with the kiosk (never the library's default CDN): a kiosk on a
// closed network still scans, and nothing leaves the centre.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/**
 * The camera half of the dossier look-up, loaded by `import()` only when that page opens: zxing-wasm
 * (zxing-cpp compiled to WebAssembly, kept up to date upstream) reads QR and Code 128 — the two forms
 * one-stop receipts print — plus the other common 1D codes, from a video frame. Its JavaScript is
 * ~12 KB gz and its WebAssembly ~400 KB gz, fetched on first use and not precached with the kiosk.
 */

/** Receipts print a QR or a 1D barcode; these are the forms one-stop systems use. */
const FORMATS = ['QRCode', 'Code128', 'Code39', 'DataMatrix', 'ITF'] as const;
/** Frames read per second: enough to feel instant, little enough to leave a cheap kiosk PC its CPU. */
const FRAME_GAP_MS = 150;

prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) } });

export type ScanFailure = 'no-camera' | 'denied' | 'decoder';

/**
 * Opens the camera into `video` and reads frames until a code is found (`onCode`, once per distinct
 * text) or `stop()` is called. A failure is reported once; the page then offers typing instead.
 */
export function startScanner(video: HTMLVideoElement, onCode: (text: string) => void, onFailure: (why: ScanFailure) => void): () => void {
  let stopped = false;
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });

  const readFrame = async () => {
    if (stopped || !ctx) return;
    if (video.readyState >= 2 && video.videoWidth > 0) {
      // Large frames cost time and add nothing a receipt held up to the camera needs.
      const scale = Math.min(1, 960 / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      try {
        const [hit] = await readBarcodes(ctx.getImageData(0, 0, canvas.width, canvas.height), { formats: [...FORMATS], tryHarder: true, maxNumberOfSymbols: 1 });
        if (hit?.isValid && hit.text && hit.text !== last && !stopped) {
          last = hit.text;
          onCode(hit.text);
        }
      } catch {
        stop();
        onFailure('decoder');
        return;
      }
    }
    if (!stopped) timer = setTimeout(() => void readFrame(), FRAME_GAP_MS);
  };

  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const t of stream?.getTracks() ?? []) t.stop();
    video.srcObject = null;
  };

  if (!navigator.mediaDevices?.getUserMedia) {
    onFailure('no-camera');
    return stop;
  }
  navigator.mediaDevices
    .getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false })
    .then(async (s) => {
      if (stopped) {
        for (const t of s.getTracks()) t.stop();
        return;
      }
      stream = s;
      video.srcObject = s;
      await video.play().catch(() => undefined); // muted inline video: play() only fails if the page is already leaving
      void readFrame();
    })
    .catch((err: unknown) => {
      if (stopped) return;
      onFailure(err instanceof DOMException && (err.name === 'NotAllowedError' || err.name === 'SecurityError') ? 'denied' : 'no-camera');
    });
  return stop;
}
