import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { textOutline } from '../src/reports/chart-text';
import { BACKGROUND, BAR_COLOUR, columnChart, encodePng, niceStep } from '../src/reports/png-chart';
import { Raster } from '../src/reports/raster';

const series = (values: number[], labels = values.map((_, i) => `0${i + 1}/10`)) => ({ values, labels, unit: 'lượt' });

/** Reads a PNG back, checking its signature and every chunk's CRC against zlib's own. */
function decodePng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
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
    const img = decodePng(columnChart(series([1, 2, 3]), { width: 240, height: 90 }).png);
    expect([img.width, img.height]).toEqual([240, 90]);
  });

  it('paints a column in the bar colour up to its height, and background above a shorter one', () => {
    const { png, step, top, plot } = columnChart(series([1, 3]), { width: 400, height: 200 });
    expect({ step, top }).toEqual({ step: 1, top: 3 });
    const img = decodePng(png);
    const slot = (plot.right - plot.left) / 2;
    const [first, second] = [plot.left + slot / 2, plot.left + slot * 1.5].map(Math.round) as [number, number];
    const y = (share: number) => Math.round(plot.bottom - share * (plot.bottom - plot.top));
    // The second column is the tallest: it reaches from the top of the plot to the baseline.
    expect(img.pixel(second, y(0.95))).toEqual([...BAR_COLOUR]);
    expect(img.pixel(second, y(0.05))).toEqual([...BAR_COLOUR]);
    // The first stands a third as high: at 80 % of the plot's height there is only background.
    expect(img.pixel(first, y(0.8))).toEqual([...BACKGROUND]);
    expect(img.pixel(first, y(0.05))).toEqual([...BAR_COLOUR]);
    // Between the columns there is no bar.
    expect(img.pixel(Math.round(plot.left + slot), y(0.05))).not.toEqual([...BAR_COLOUR]);
  });

  /** Pixels neither background nor bar within a box: ink of text (or gridlines). */
  const inkIn = (img: ReturnType<typeof decodePng>, x0: number, y0: number, x1: number, y1: number) => {
    let n = 0;
    for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) if (img.pixel(x, y).join() !== BACKGROUND.join()) n += 1;
    return n;
  };

  it('writes the count at each gridline left of the plot and a date under the columns it labels', () => {
    const chart = columnChart(series([5, 10, 20]), { width: 600, height: 240 });
    const img = decodePng(chart.png);
    const { plot } = chart;
    expect(chart.step).toBe(5);
    // Counts 0, 5, 10, 15, 20: ink at each gridline's height, left of the plot, and none between.
    for (const v of [0, 5, 10, 15, 20]) {
      const y = Math.round(plot.bottom - (v / 20) * (plot.bottom - plot.top));
      expect(inkIn(img, 0, y - 4, plot.left - 2, y + 4), `count ${v}`).toBeGreaterThan(10);
    }
    const between = Math.round(plot.bottom - (2.5 / 20) * (plot.bottom - plot.top));
    expect(inkIn(img, 0, between - 1, plot.left - 2, between + 1)).toBe(0);
    // All three columns have room for their dates: each has ink below the baseline, under it.
    expect(chart.labelled).toEqual([0, 1, 2]);
    const slot = (plot.right - plot.left) / 3;
    for (const i of [0, 1, 2]) expect(inkIn(img, Math.round(plot.left + i * slot), plot.bottom + 3, Math.round(plot.left + (i + 1) * slot), img.height)).toBeGreaterThan(20);
  });

  it('labels every n-th column when the dates would overlap, always the first', () => {
    const days = Array.from({ length: 92 }, (_, i) => `${String((i % 31) + 1).padStart(2, '0')}/1${i % 3}`);
    const chart = columnChart(
      series(
        days.map((_, i) => i),
        days,
      ),
      { width: 1200, height: 480 },
    );
    expect(chart.labelled[0]).toBe(0);
    const every = chart.labelled[1]! - chart.labelled[0]!;
    expect(every).toBeGreaterThan(1);
    expect(chart.labelled.every((i, k) => i === k * every)).toBe(true);
  });

  it('draws Vietnamese letters with their marks from the font, not a missing-glyph box', () => {
    const ink = (text: string) => {
      const r = new Raster(200, 60);
      r.fill(0, 0, 200, 60, BACKGROUND);
      r.fillPath(textOutline(text, 4, 40, 30), [0, 0, 0]);
      let above = 0;
      // Above the x-height of the plain letters (cap height at 30 px is about 21 px: rows 19–26).
      for (let y = 0; y < 22; y++) for (let x = 0; x < 200; x++) if (r.pixels[(y * 200 + x) * 3]! < 128) above += 1;
      return above;
    };
    // "ươ" carries horns and "ệ"/"ố" marks above "e"/"o": more ink above the letters than "uo", "e", "o".
    expect(ink('ượt')).toBeGreaterThan(ink('uot'));
    expect(ink('ệ ố')).toBeGreaterThan(ink('e o') + 10);
    // A missing glyph would draw the same box for every letter: these differ from each other.
    expect(ink('ệ')).not.toBe(ink('ố'));
  });

  it('draws a valid blank chart for an empty series or one of zeros', () => {
    for (const values of [[], [0, 0, 0]]) {
      const chart = columnChart(series(values), { width: 120, height: 60 });
      expect(chart.step).toBe(0);
      const img = decodePng(chart.png);
      let bars = 0;
      for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (img.pixel(x, y).join() === BAR_COLOUR.join()) bars += 1;
      expect(bars).toBe(0);
      expect(img.pixel(Math.round((chart.plot.left + chart.plot.right) / 2), Math.round((chart.plot.top + chart.plot.bottom) / 2))).toEqual([...BACKGROUND]);
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
