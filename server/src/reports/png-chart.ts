import { crc32, deflateSync } from 'node:zlib';

/**
 * A column chart drawn straight into pixels and encoded as PNG, so the DOCX export needs no canvas or
 * native module. No text inside: the document's caption says what the bars and gridlines stand for.
 */

export type Rgb = readonly [number, number, number];

export const BAR_COLOUR: Rgb = [0x1f, 0x4e, 0x79];
export const BACKGROUND: Rgb = [0xff, 0xff, 0xff];
const GRID_COLOUR: Rgb = [0xcc, 0xcc, 0xcc];
const AXIS_COLOUR: Rgb = [0x33, 0x33, 0x33];

export interface ColumnChart {
  png: Buffer;
  /** The count a gridline stands for, 0 when there is nothing to show. */
  step: number;
  /** The count at the top of the plot: a whole number of steps. */
  top: number;
}

/** A step of 1, 2 or 5 × 10ⁿ that splits 0…max into at most `bands` bands; never below 1, as the values are counts. */
export function niceStep(max: number, bands = 4): number {
  if (max <= 0) return 0;
  const raw = max / bands;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow);
}

/** One column per value, left to right, with gridlines every `step` and a baseline. */
export function columnChart(values: readonly number[], size: { width: number; height: number }): ColumnChart {
  const { width, height } = size;
  const pixels = new Uint8Array(width * height * 3);
  const fill = (x0: number, y0: number, x1: number, y1: number, [r, g, b]: Rgb) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++)
      for (let x = Math.max(0, x0), at = (y * width + x) * 3; x < Math.min(width, x1); x++, at += 3) {
        pixels[at] = r;
        pixels[at + 1] = g;
        pixels[at + 2] = b;
      }
  };
  fill(0, 0, width, height, BACKGROUND);

  const pad = Math.round(Math.min(width, height) * 0.03);
  const line = Math.max(1, Math.round(height / 200));
  const plot = { left: pad, right: width - pad, top: pad, bottom: height - pad };
  const plotHeight = plot.bottom - plot.top;
  const step = niceStep(Math.max(0, ...values));
  const top = step ? Math.ceil(Math.max(...values) / step) * step : 0;
  const yOf = (v: number) => plot.bottom - Math.round((v / top) * plotHeight);

  for (let v = step; step && v <= top; v += step) fill(plot.left, yOf(v), plot.right, yOf(v) + line, GRID_COLOUR);
  const slot = (plot.right - plot.left) / Math.max(1, values.length);
  const barWidth = Math.max(1, Math.round(slot * 0.7));
  values.forEach((v, i) => {
    if (v <= 0) return;
    const x = Math.round(plot.left + i * slot + (slot - barWidth) / 2);
    // A count of one still shows as a sliver rather than vanishing at this scale.
    fill(x, Math.min(yOf(v), plot.bottom - line), x + barWidth, plot.bottom, BAR_COLOUR);
  });
  fill(plot.left, plot.bottom, plot.right, plot.bottom + line, AXIS_COLOUR);
  return { png: encodePng(width, height, pixels), step, top };
}

/** An 8-bit RGB PNG: signature, IHDR, one IDAT of unfiltered scanlines, IEND. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  // Each scanline starts with filter type 0 (none); deflate does the compressing.
  for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
