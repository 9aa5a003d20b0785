/**
 * QR Code Model 2 encoder (ISO/IEC 18004), byte mode only: every text we encode is a URL or a tel:
 * link, which byte mode carries as UTF-8. Written here rather than taken from a package because the
 * TV player's whole JavaScript budget is 40 KB gzipped and the usual encoders weigh 9 KB of it; this
 * one is about 2 KB. The algorithm follows the standard's structure (and Project Nayuki's reference
 * implementation): pick the smallest version that fits, add Reed–Solomon codewords per block,
 * interleave, place around the function patterns, and choose the mask with the lowest penalty.
 */

export type QrEcLevel = 'L' | 'M' | 'Q' | 'H';

export interface QrMatrix {
  /** Modules per side (21 for version 1, +4 per version). */
  size: number;
  version: number;
  mask: number;
  /** Row-major, true = dark. */
  dark: boolean[];
}

const LEVEL_INDEX: Record<QrEcLevel, number> = { L: 0, M: 1, Q: 2, H: 3 };
/** The two format bits the standard assigns to each level (not in L, M, Q, H order). */
const LEVEL_FORMAT_BITS = [1, 0, 3, 2];

// prettier-ignore
const ECC_CODEWORDS_PER_BLOCK = [
  [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
  [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
];
// prettier-ignore
const ERROR_CORRECTION_BLOCKS = [
  [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
  [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
  [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
  [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
];

/** UTF-8 bytes of the text (shared/ runs where TextEncoder may not be typed). */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

const bit = (x: number, i: number): boolean => ((x >>> i) & 1) !== 0;

function rawDataModules(ver: number): number {
  let n = (16 * ver + 128) * ver + 64;
  if (ver >= 2) {
    const align = Math.floor(ver / 7) + 2;
    n -= (25 * align - 10) * align - 55;
    if (ver >= 7) n -= 36;
  }
  return n;
}

const dataCodewords = (ver: number, lvl: number): number =>
  Math.floor(rawDataModules(ver) / 8) - (ECC_CODEWORDS_PER_BLOCK[lvl]?.[ver] ?? 0) * (ERROR_CORRECTION_BLOCKS[lvl]?.[ver] ?? 0);

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
function gfMul(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

function rsDivisor(degree: number): number[] {
  const r = new Array<number>(degree).fill(0);
  r[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      r[j] = gfMul(r[j] as number, root) ^ (j + 1 < degree ? (r[j + 1] as number) : 0);
    }
    root = gfMul(root, 0x02);
  }
  return r;
}

function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const r = divisor.map(() => 0);
  for (const b of data) {
    const factor = b ^ (r.shift() as number);
    r.push(0);
    divisor.forEach((coef, i) => (r[i] = (r[i] as number) ^ gfMul(coef, factor)));
  }
  return r;
}

/** Data codewords: mode, length, UTF-8 bytes, terminator and padding, for the given version. */
function dataBits(bytes: readonly number[], ver: number, capacity: number): number[] {
  const bits: number[] = [];
  const put = (val: number, len: number) => {
    for (let i = len - 1; i >= 0; i--) bits.push((val >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, ver <= 9 ? 8 : 16);
  bytes.forEach((b) => put(b, 8));
  put(0, Math.min(4, capacity * 8 - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity * 8; pad ^= 0xec ^ 0x11) put(pad, 8);
  const words: number[] = [];
  for (let i = 0; i < bits.length; i += 8) words.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  return words;
}

function withEcc(data: number[], ver: number, lvl: number): number[] {
  const blocks = ERROR_CORRECTION_BLOCKS[lvl]?.[ver] as number;
  const eccLen = ECC_CODEWORDS_PER_BLOCK[lvl]?.[ver] as number;
  const raw = Math.floor(rawDataModules(ver) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortLen = Math.floor(raw / blocks);
  const divisor = rsDivisor(eccLen);
  const all: number[][] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const dat = data.slice(k, k + shortLen - eccLen + (i < shortBlocks ? 0 : 1));
    k += dat.length;
    const ecc = rsRemainder(dat, divisor);
    if (i < shortBlocks) dat.push(0);
    all.push(dat.concat(ecc));
  }
  const out: number[] = [];
  for (let i = 0; i < (all[0]?.length ?? 0); i++) {
    all.forEach((block, j) => {
      // Short blocks carry a placeholder where long blocks have their extra data codeword.
      if (i !== shortLen - eccLen || j >= shortBlocks) out.push(block[i] as number);
    });
  }
  return out;
}

function alignmentPositions(ver: number, size: number): number[] {
  if (ver === 1) return [];
  const n = Math.floor(ver / 7) + 2;
  const step = ver === 32 ? 26 : Math.ceil((ver * 4 + 4) / (n * 2 - 2)) * 2;
  const pos = [6];
  for (let p = size - 7; pos.length < n; p -= step) pos.splice(1, 0, p);
  return pos;
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

class Grid {
  readonly dark: boolean[];
  readonly fixed: boolean[];
  constructor(readonly size: number) {
    this.dark = new Array<boolean>(size * size).fill(false);
    this.fixed = new Array<boolean>(size * size).fill(false);
  }
  get(x: number, y: number): boolean {
    return this.dark[y * this.size + x] as boolean;
  }
  setFixed(x: number, y: number, dark: boolean): void {
    this.dark[y * this.size + x] = dark;
    this.fixed[y * this.size + x] = true;
  }
}

function drawFunctionPatterns(g: Grid, ver: number): void {
  const { size } = g;
  for (let i = 0; i < size; i++) {
    g.setFixed(6, i, i % 2 === 0);
    g.setFixed(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const dist = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) g.setFixed(x, y, dist !== 2 && dist !== 4);
      }
    }
  }
  const align = alignmentPositions(ver, size);
  const last = align.length - 1;
  align.forEach((ax, i) =>
    align.forEach((ay, j) => {
      // The three corners already hold finder patterns.
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) g.setFixed(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  if (ver >= 7) {
    let rem = ver;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (ver << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      g.setFixed(a, b, bit(bits, i));
      g.setFixed(b, a, bit(bits, i));
    }
  }
}

function drawFormatBits(g: Grid, lvl: number, mask: number): void {
  const data = ((LEVEL_FORMAT_BITS[lvl] as number) << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const { size } = g;
  for (let i = 0; i <= 5; i++) g.setFixed(8, i, bit(bits, i));
  g.setFixed(8, 7, bit(bits, 6));
  g.setFixed(8, 8, bit(bits, 7));
  g.setFixed(7, 8, bit(bits, 8));
  for (let i = 9; i < 15; i++) g.setFixed(14 - i, 8, bit(bits, i));
  for (let i = 0; i < 8; i++) g.setFixed(size - 1 - i, 8, bit(bits, i));
  for (let i = 8; i < 15; i++) g.setFixed(8, size - 15 + i, bit(bits, i));
  g.setFixed(8, size - 8, true);
}

function drawCodewords(g: Grid, words: number[]): void {
  const { size } = g;
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern takes column 6
    for (let v = 0; v < size; v++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - v : v;
        if (!g.fixed[y * size + x] && i < words.length * 8) {
          g.dark[y * size + x] = bit(words[i >>> 3] as number, 7 - (i & 7));
          i++;
        }
      }
    }
  }
}

function applyMask(g: Grid, mask: number): void {
  const f = MASKS[mask] as (x: number, y: number) => boolean;
  for (let y = 0; y < g.size; y++) {
    for (let x = 0; x < g.size; x++) {
      const k = y * g.size + x;
      if (!g.fixed[k] && f(x, y)) g.dark[k] = !g.dark[k];
    }
  }
}

/** The standard's four penalty rules; the mask with the lowest total is the easiest to scan. */
export function penalty(g: { size: number; get(x: number, y: number): boolean }): number {
  const { size } = g;
  let score = 0;
  let dark = 0;
  const finderLike = [0b10111010000, 0b00001011101];
  for (let a = 0; a < size; a++) {
    for (const get of [(b: number) => g.get(b, a), (b: number) => g.get(a, b)]) {
      let run = 0;
      let prev = false;
      let window = 0;
      for (let b = 0; b < size; b++) {
        const c = get(b);
        if (b > 0 && c === prev) run++;
        else {
          if (run >= 5) score += run - 2;
          run = 1;
        }
        prev = c;
        window = ((window << 1) | (c ? 1 : 0)) & 0x7ff;
        if (b >= 10 && finderLike.includes(window)) score += 40;
      }
      if (run >= 5) score += run - 2;
    }
    for (let b = 0; b < size; b++) {
      if (g.get(b, a)) dark++;
      if (a < size - 1 && b < size - 1) {
        const c = g.get(b, a);
        if (c === g.get(b + 1, a) && c === g.get(b, a + 1) && c === g.get(b + 1, a + 1)) score += 3;
      }
    }
  }
  const total = size * size;
  return score + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

export class QrTooLongError extends Error {
  constructor(readonly bytes: number, readonly level: QrEcLevel) {
    super(`${bytes} bytes do not fit in a QR code at error-correction level ${level}`);
  }
}

/** Encodes text at the given error-correction level; `mask` forces a mask pattern (0–7), for tests. */
export function encodeQr(text: string, level: QrEcLevel = 'M', mask?: number): QrMatrix {
  const lvl = LEVEL_INDEX[level];
  const bytes = utf8(text);
  let ver = 1;
  for (; ver <= 40; ver++) if (4 + (ver <= 9 ? 8 : 16) + bytes.length * 8 <= dataCodewords(ver, lvl) * 8) break;
  if (ver > 40) throw new QrTooLongError(bytes.length, level);
  const words = withEcc(dataBits(bytes, ver, dataCodewords(ver, lvl)), ver, lvl);
  const g = new Grid(ver * 4 + 17);
  drawFunctionPatterns(g, ver);
  drawFormatBits(g, lvl, 0); // reserve the format area before placing data
  drawCodewords(g, words);
  let best = mask ?? 0;
  if (mask === undefined) {
    let bestScore = Infinity;
    for (let m = 0; m < 8; m++) {
      applyMask(g, m);
      drawFormatBits(g, lvl, m);
      const s = penalty(g);
      if (s < bestScore) [best, bestScore] = [m, s];
      applyMask(g, m); // XOR again to undo
    }
  }
  applyMask(g, best);
  drawFormatBits(g, lvl, best);
  return { size: g.size, version: ver, mask: best, dark: g.dark };
}

/**
 * An SVG path drawing the dark modules as one horizontal run per row segment, in module units with
 * the quiet zone as offset: crisp at any size, and tiny to store or send.
 */
export function qrSvgPath(qr: QrMatrix, margin: number): string {
  let d = '';
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (!qr.dark[y * qr.size + x]) continue;
      let end = x;
      while (end + 1 < qr.size && qr.dark[y * qr.size + end + 1]) end++;
      d += `M${x + margin} ${y + margin}h${end - x + 1}v1h${x - end - 1}z`;
      x = end;
    }
  }
  return d;
}

/** A QR code as a self-contained SVG data URL: an <img> shows it under a strict CSP, at any size. */
export function qrDataUrl(text: string, level: QrEcLevel = 'M', colour = '#0b2545'): string {
  const qr = encodeQr(text, level);
  const side = qr.size + 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="${colour}" d="${qrSvgPath(qr, 1)}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
