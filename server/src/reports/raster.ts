import type { PathCommand } from 'opentype.js';

export type Rgb = readonly [number, number, number];

/** Sub-scanlines per pixel row: five grey levels vertically, exact coverage horizontally. */
const SUBROWS = 5;
/** Line segments per curve: glyphs at chart sizes are a few dozen pixels high. */
const CURVE_STEPS = 8;

type Edge = { x0: number; y0: number; x1: number; y1: number; dir: 1 | -1 };

/** Straight edges of an outline, curves flattened; horizontal edges never cross a scanline and are dropped. */
function edgesOf(commands: readonly PathCommand[]): Edge[] {
  const edges: Edge[] = [];
  let [sx, sy, x, y] = [0, 0, 0, 0];
  const line = (x1: number, y1: number) => {
    if (y1 !== y) edges.push(y1 > y ? { x0: x, y0: y, x1, y1, dir: 1 } : { x0: x1, y0: y1, x1: x, y1: y, dir: -1 });
    [x, y] = [x1, y1];
  };
  for (const c of commands) {
    if (c.type === 'M') [sx, sy, x, y] = [c.x, c.y, c.x, c.y];
    else if (c.type === 'L') line(c.x, c.y);
    else if (c.type === 'Z') line(sx, sy);
    else {
      const [px, py] = [x, y];
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        if (c.type === 'Q') line(u * u * px + 2 * u * t * c.x1 + t * t * c.x, u * u * py + 2 * u * t * c.y1 + t * t * c.y);
        else line(u ** 3 * px + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t ** 3 * c.x, u ** 3 * py + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t ** 3 * c.y);
      }
    }
  }
  return edges;
}

/**
 * An RGB picture drawn in memory: rectangles, and outlines filled by the non-zero rule with
 * anti-aliased edges (what glyphs need). Owns its pixels, hence a class.
 */
export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
  }

  fill(x0: number, y0: number, x1: number, y1: number, [r, g, b]: Rgb): void {
    const p = this.pixels;
    for (let y = Math.max(0, y0); y < Math.min(this.height, y1); y++)
      for (let x = Math.max(0, x0), at = (y * this.width + x) * 3; x < Math.min(this.width, x1); x++, at += 3) {
        p[at] = r;
        p[at + 1] = g;
        p[at + 2] = b;
      }
  }

  /** Fills an outline; each pixel takes the colour in proportion to how much of it the shape covers. */
  fillPath(commands: readonly PathCommand[], colour: Rgb): void {
    const edges = edgesOf(commands);
    if (!edges.length) return;
    const top = Math.max(0, Math.floor(Math.min(...edges.map((e) => e.y0))));
    const bottom = Math.min(this.height, Math.ceil(Math.max(...edges.map((e) => e.y1))));
    // Coverage is kept for the outline's own columns only: a label is a few dozen pixels of a wide picture.
    const left = Math.max(0, Math.floor(Math.min(...edges.map((e) => Math.min(e.x0, e.x1)))));
    const right = Math.min(this.width, Math.ceil(Math.max(...edges.map((e) => Math.max(e.x0, e.x1)))));
    // Each pixel row tests only the edges that reach into it.
    const byRow: Edge[][] = Array.from({ length: bottom - top }, () => []);
    for (const e of edges) for (let row = Math.max(top, Math.floor(e.y0)); row < Math.min(bottom, Math.ceil(e.y1)); row++) byRow[row - top]!.push(e);
    const cover = new Float32Array(this.width);
    for (let row = top; row < bottom; row++) {
      cover.fill(0, left, right);
      for (let s = 0; s < SUBROWS; s++) {
        const sy = row + (s + 0.5) / SUBROWS;
        const hits = byRow[row - top]!.filter((e) => e.y0 <= sy && sy < e.y1).map((e) => ({ x: e.x0 + ((sy - e.y0) / (e.y1 - e.y0)) * (e.x1 - e.x0), dir: e.dir }));
        hits.sort((a, b) => a.x - b.x);
        let winding = 0;
        for (let i = 0; i < hits.length - 1; i++) {
          winding += hits[i]!.dir;
          if (winding !== 0) this.span(cover, hits[i]!.x, hits[i + 1]!.x);
        }
      }
      for (let x = left; x < right; x++) if (cover[x]! > 0) this.blend(x, row, colour, Math.min(1, cover[x]! / SUBROWS));
    }
  }

  /** Adds the horizontal coverage of [a, b) on one sub-scanline, fractional at both ends. */
  private span(cover: Float32Array, a: number, b: number): void {
    const from = Math.max(0, a);
    const to = Math.min(this.width, b);
    for (let x = Math.floor(from); x < to; x++) cover[x]! += Math.min(x + 1, to) - Math.max(x, from);
  }

  private blend(x: number, y: number, [r, g, b]: Rgb, alpha: number): void {
    const at = (y * this.width + x) * 3;
    const p = this.pixels;
    p[at] = Math.round(p[at]! + (r - p[at]!) * alpha);
    p[at + 1] = Math.round(p[at + 1]! + (g - p[at + 1]!) * alpha);
    p[at + 2] = Math.round(p[at + 2]! + (b - p[at + 2]!) * alpha);
  }
}
