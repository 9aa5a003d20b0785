import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { encodeQr, penalty, type QrEcLevel, QrTooLongError, qrSvgPath } from './encode';

/** The `qrcode` package, a widely used encoder, is the oracle: same text, level and mask → same modules. */
function oracle(text: string, level: QrEcLevel, mask: number) {
  const qr = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: level, maskPattern: mask as QRCode.QRCodeMaskPattern });
  return { size: qr.modules.size, version: qr.version, dark: Array.from(qr.modules.data, (b) => b === 1) };
}

const TEXTS = [
  'tel:1022',
  'https://dichvucong.gov.vn',
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001234',
  'https://zalo.me/1234567890123456789',
  'Trung tâm Phục vụ hành chính công xã Lộc Tân — đăng ký khai sinh, kết hôn, thường trú',
  `https://example.gov.vn/${'a'.repeat(300)}`,
  'x'.repeat(1200),
];

describe('encodeQr', () => {
  it.each(TEXTS.flatMap((t) => (['L', 'M', 'Q', 'H'] as const).map((l) => [t.slice(0, 40), l, t] as const)))(
    'matches the reference encoder module for module: %s at %s, every mask',
    (_label, level, text) => {
      for (let mask = 0; mask < 8; mask++) {
        const ours = encodeQr(text, level, mask);
        const ref = oracle(text, level, mask);
        expect({ size: ours.size, version: ours.version }).toEqual({ size: ref.size, version: ref.version });
        expect(ours.dark).toEqual(ref.dark);
      }
    },
  );

  it('picks the mask with the lowest penalty', () => {
    const qr = encodeQr('https://dichvucong.gov.vn', 'M');
    const scores = Array.from({ length: 8 }, (_, m) => {
      const g = encodeQr('https://dichvucong.gov.vn', 'M', m);
      return penalty({ size: g.size, get: (x, y) => g.dark[y * g.size + x] as boolean });
    });
    expect(scores[qr.mask]).toBe(Math.min(...scores));
  });

  it('grows the version with the text and the level, and refuses what no version holds', () => {
    expect(encodeQr('tel:1022', 'L').version).toBe(1);
    expect(encodeQr('x'.repeat(100), 'L').version).toBeLessThan(encodeQr('x'.repeat(100), 'H').version);
    expect(encodeQr('x'.repeat(2953), 'L').version).toBe(40);
    expect(() => encodeQr('x'.repeat(2954), 'L')).toThrow(QrTooLongError);
  });
});

describe('qrSvgPath', () => {
  it('draws each run of dark modules once, offset by the quiet zone', () => {
    const qr = { size: 3, version: 1, mask: 0, dark: [true, true, false, false, false, false, false, true, true] };
    expect(qrSvgPath(qr, 1)).toBe('M1 1h2v1h-2zM2 3h2v1h-2z');
  });
});
