import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BACKGROUND, BAR_COLOUR, columnChart, encodePng, niceStep } from '../src/reports/png-chart';

/** Reads a PNG back, checking its signature and every chunk's CRC against zlib's own. */
function decodePng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  // Every PNG ends in the same empty IEND chunk, whose CRC is a known constant.
  expect(png.subarray(-12).toString('hex')).toBe('0000000049454e44ae426082');
  const ihdr = chunks[0]?.data ?? Buffer.alloc(13);
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  expect([...ihdr.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  const raw = inflateSync(chunks[1]?.data ?? Buffer.alloc(0));
  expect(raw.length).toBe((width * 3 + 1) * height);
  const pixel = (x: number, y: number) => {
    const at = y * (width * 3 + 1) + 1 + x * 3;
    return [raw[at], raw[at + 1], raw[at + 2]];
  };
  return { width, height, pixel };
}

describe('png chart', () => {
  it('encodes a PNG of the size drawn, with valid chunks', () => {
    const img = decodePng(columnChart([1, 2, 3], { width: 240, height: 90 }).png);
    expect([img.width, img.height]).toEqual([240, 90]);
  });

  it('paints a column in the bar colour up to its height, and background above a shorter one', () => {
    const { png, step, top } = columnChart([1, 3], { width: 200, height: 100 });
    expect({ step, top }).toEqual({ step: 1, top: 3 });
    const img = decodePng(png);
    // The second column is the tallest: it reaches from near the top to the baseline.
    expect(img.pixel(150, 20)).toEqual([...BAR_COLOUR]);
    expect(img.pixel(150, 90)).toEqual([...BAR_COLOUR]);
    // The first stands a third as high: at 20 % of the height there is only background.
    expect(img.pixel(50, 20)).toEqual([...BACKGROUND]);
    expect(img.pixel(50, 90)).toEqual([...BAR_COLOUR]);
    // Between the columns there is no bar.
    expect(img.pixel(100, 90)).not.toEqual([...BAR_COLOUR]);
  });

  it('draws a valid blank chart for an empty series or one of zeros', () => {
    for (const values of [[], [0, 0, 0]]) {
      const chart = columnChart(values, { width: 120, height: 60 });
      expect(chart.step).toBe(0);
      const img = decodePng(chart.png);
      let bars = 0;
      for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (img.pixel(x, y).join() === BAR_COLOUR.join()) bars += 1;
      expect(bars).toBe(0);
      expect(img.pixel(60, 10)).toEqual([...BACKGROUND]);
    }
  });

  it.each([
    [0, 0],
    [1, 1],
    [3, 1],
    [9, 5],
    [100, 50],
    [174, 50],
    [2_000, 500],
  ])('splits 0…%i into gridlines every %i', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  it('encodes any RGB pixels losslessly', () => {
    const rgb = Uint8Array.from({ length: 5 * 4 * 3 }, (_, i) => (i * 37) % 256);
    const img = decodePng(encodePng(5, 4, rgb));
    expect(img.pixel(4, 3)).toEqual([...rgb.subarray(57, 60)]);
    expect(img.pixel(2, 1)).toEqual([...rgb.subarray(21, 24)]);
  });
});
