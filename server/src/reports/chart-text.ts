import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font, type PathCommand } from 'opentype.js';

/**
 * Text for the PNG chart: the glyph outlines of Be Vietnam Pro (the typeface the screens and the
 * console use, already shipped as WOFF by @fontsource), laid out by opentype.js, a pure-JS font
 * parser. Chosen over a native canvas (@napi-rs/canvas: a 22 MB prebuilt binary) and over a bitmap
 * font (dates and counts would be readable, Vietnamese labels would not: a 5×7 cell has no room for
 * a letter with two diacritics, as in "ượt"). @fontsource splits the face by Unicode range, so each
 * character is taken from the first subset that has it: Basic Latin, then Vietnamese, then Latin
 * Extended. The three files are parsed once, when the first chart is drawn.
 */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;

let faces: readonly Font[] | null = null;
function fonts(): readonly Font[] {
  const resolve = createRequire(import.meta.url).resolve;
  faces ??= SUBSETS.map((subset) => {
    const file = readFileSync(resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-500-normal.woff`));
    return opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
  });
  return faces;
}

/** Runs of consecutive characters that one subset draws. */
function runs(text: string): { font: Font; text: string }[] {
  const all = fonts();
  const out: { font: Font; text: string }[] = [];
  for (const c of text.normalize('NFC')) {
    // A character no subset has is drawn as the first face's missing-glyph box, which shows it is missing.
    const font = all.find((f) => f.charToGlyphIndex(c) > 0) ?? all[0]!;
    const last = out.at(-1);
    if (last?.font === font) last.text += c;
    else out.push({ font, text: c });
  }
  return out;
}

export function textWidth(text: string, px: number): number {
  return runs(text).reduce((w, r) => w + r.font.getAdvanceWidth(r.text, px), 0);
}

/** The outline of `text` in pixels, its baseline's left end at (x, y). */
export function textOutline(text: string, x: number, y: number, px: number): PathCommand[] {
  const out: PathCommand[] = [];
  for (const r of runs(text)) {
    out.push(...r.font.getPath(r.text, x, y, px).commands);
    x += r.font.getAdvanceWidth(r.text, px);
  }
  return out;
}
