import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrDataUrl } from './image';

/** Reads the SVG back into a grid of dark modules (each path segment is one run of one row). */
function modulesOf(url: string): { side: number; dark: Set<string> } {
  const svg = decodeURIComponent(url.replace(/^data:image\/svg\+xml,/, ''));
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path fill="[^"]+" d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const dark = new Set<string>();
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    expect(back).toBe(w);
    for (let i = 0; i < w; i++) dark.add(`${x + i - 1},${y - 1}`);
  }
  return { side, dark };
}

describe('qrDataUrl', () => {
  it.each([
    ['tel:1022', 'L'],
    ['https://dichvucong.gov.vn/', 'M'],
    ['Trung tâm Phục vụ hành chính công xã Lộc Tân — đăng ký khai sinh', 'Q'],
    [`https://example.gov.vn/${'a'.repeat(300)}`, 'H'],
  ] as const)('draws exactly the modules qrcode encodes: %s at %s', (text, level) => {
    const ref = QRCode.create(text, { errorCorrectionLevel: level }).modules;
    const { side, dark } = modulesOf(qrDataUrl(text, level));
    expect(side).toBe(ref.size + 2); // a one-module quiet zone each side
    const expected = new Set<string>();
    for (let y = 0; y < ref.size; y++) for (let x = 0; x < ref.size; x++) if (ref.get(y, x)) expected.add(`${x},${y}`);
    expect(dark).toEqual(expected);
  });

  it('is an inert image: no script, no external reference', () => {
    const svg = decodeURIComponent(qrDataUrl('https://dichvucong.gov.vn/"><script>alert(1)</script>'));
    expect(svg).not.toMatch(/<script|href=|xlink/i);
  });

  it('refuses a text no QR version can hold', () => {
    expect(() => qrDataUrl('x'.repeat(2954), 'L')).toThrow();
    expect(() => qrDataUrl('x'.repeat(2900), 'L')).not.toThrow();
  });
});
