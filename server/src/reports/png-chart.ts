import { crc32, deflateSync } from 'node:zlib';
import { textOutline, textWidth } from './chart-text';
import { Raster, type Rgb } from './raster';
import { count } from './vn-format';

/**
 * A column chart drawn straight into pixels and encoded as PNG, so the DOCX export needs no canvas or
 * native module: bars, gridlines, the count at each gridline, a label under the columns (as many as
 * fit without overlapping, always the first) and the unit above the counts, so it reads on paper.
 */

export type { Rgb } from './raster';

export const BAR_COLOUR: Rgb = [0x1f, 0x4e, 0x79];
export const BACKGROUND: Rgb = [0xff, 0xff, 0xff];
export const TEXT_COLOUR: Rgb = [0x22, 0x22, 0x22];
const GRID_COLOUR: Rgb = [0xcc, 0xcc, 0xcc];
const AXIS_COLOUR: Rgb = [0x33, 0x33, 0x33];

export interface ColumnChart {
  png: Buffer;
  /** The count a gridline stands for, 0 when there is nothing to show. */
  step: number;
  /** The count at the top of the plot: a whole number of steps. */
  top: number;
  /** Indexes of the columns labelled underneath. */
  labelled: number[];
  /** Where the columns stand, in pixels: the tests look there. */
  plot: { left: number; right: number; top: number; bottom: number };
}

export interface ColumnSeries {
  values: readonly number[];
  /** One per value: a date or a month, written under its column when there is room. */
  labels: readonly string[];
  /** What the values count ("lượt"), written above the axis. */
  unit: string;
}

/** A step of 1, 2 or 5 × 10ⁿ that splits 0…max into at most `bands` bands; never below 1, as the values are counts. */
export function niceStep(max: number, bands = 4): number {
  if (max <= 0) return 0;
  const raw = max / bands;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow);
}

/** One column per value, left to right, with gridlines every `step` and a baseline. */
export function columnChart({ values, labels, unit }: ColumnSeries, size: { width: number; height: number }): ColumnChart {
  const { width, height } = size;
  const img = new Raster(width, height);
  img.fill(0, 0, width, height, BACKGROUND);
  const px = Math.max(10, Math.round(height * 0.05));
  const gap = Math.round(px * 0.5);
  const pad = Math.round(Math.min(width, height) * 0.03);
  const line = Math.max(1, Math.round(height / 200));

  const step = niceStep(Math.max(0, ...values));
  const top = step ? Math.ceil(Math.max(...values) / step) * step : 0;
  const ticks = step ? Array.from({ length: top / step + 1 }, (_, i) => i * step) : [0];
  const left = pad + Math.ceil(Math.max(...ticks.map((v) => textWidth(count(v), px)), textWidth(unit, px) / 2)) + gap;
  const plot = { left, right: width - pad, top: pad + Math.round(px * 2.2), bottom: height - pad - Math.round(px * 1.4) };
  const plotHeight = plot.bottom - plot.top;
  const yOf = (v: number) => (top ? plot.bottom - Math.round((v / top) * plotHeight) : plot.bottom);
  const text = (s: string, x: number, baseline: number, align: 'left' | 'centre' | 'right') => {
    const w = textWidth(s, px);
    img.fillPath(textOutline(s, align === 'left' ? x : align === 'right' ? x - w : x - w / 2, baseline, px), TEXT_COLOUR);
  };

  text(unit, Math.max(pad, plot.left - textWidth(unit, px) / 2), pad + px, 'left');
  for (const v of ticks) {
    if (v > 0) img.fill(plot.left, yOf(v), plot.right, yOf(v) + line, GRID_COLOUR);
    // Digits sit about 0.35 em above the middle of their line.
    text(count(v), plot.left - gap, yOf(v) + Math.round(px * 0.35), 'right');
  }
  const slot = (plot.right - plot.left) / Math.max(1, values.length);
  const barWidth = Math.max(1, Math.round(slot * 0.7));
  values.forEach((v, i) => {
    if (v <= 0) return;
    const x = Math.round(plot.left + i * slot + (slot - barWidth) / 2);
    // A count of one still shows as a sliver rather than vanishing at this scale.
    img.fill(x, Math.min(yOf(v), plot.bottom - line), x + barWidth, plot.bottom, BAR_COLOUR);
  });
  img.fill(plot.left, plot.bottom, plot.right, plot.bottom + line, AXIS_COLOUR);

  // Every n-th column is labelled, n the fewest that keeps the widest label clear of the next.
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, px)));
  const every = Math.max(1, Math.ceil((widest + gap) / slot));
  const labelled: number[] = [];
  for (let i = 0; i < labels.length; i += every) {
    const centre = plot.left + (i + 0.5) * slot;
    // A label wider than its slot is kept inside the picture at either end.
    const x = Math.min(Math.max(centre, plot.left + widest / 2 - slot / 2), width - pad - widest / 2);
    img.fill(Math.round(centre), plot.bottom, Math.round(centre) + line, plot.bottom + gap / 2, AXIS_COLOUR);
    text(labels[i] ?? '', x, plot.bottom + gap / 2 + px, 'centre');
    labelled.push(i);
  }
  return { png: encodePng(width, height, img.pixels), step, top, labelled, plot };
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
