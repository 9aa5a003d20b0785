import type { MediaMime } from '../schemas/media';

/** Bytes needed to recognise every accepted type. */
export const SNIFF_BYTES = 64;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/**
 * Decide the type from the content, never from the name or the declared type: a renamed HTML or SVG
 * file must not reach a browser as media. Returns null for anything not on the list.
 */
export function sniffMediaType(head: Uint8Array): MediaMime | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  // ISO BMFF: a box size, then "ftyp" and a brand; QuickTime ("qt  ") is not reliably playable.
  if (ascii(head, 4, 8) === 'ftyp' && ascii(head, 8, 12) !== 'qt  ') return 'video/mp4';
  // EBML header whose DocType is "webm" (Matroska proper is not guaranteed to play in browsers).
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]) && ascii(head, 4, Math.min(head.length, SNIFF_BYTES)).includes('webm')) return 'video/webm';
  return null;
}

export const mediaKindOf = (mime: MediaMime): 'video' | 'image' => (mime.startsWith('video/') ? 'video' : 'image');
