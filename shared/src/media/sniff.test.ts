import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './sniff';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffMediaType', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'image/png'],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    ['mp4', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]), 'video/mp4'],
    ['webm', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'video/webm'],
    ['QuickTime is refused', bytes([0, 0, 0, 0x14], 'ftypqt  '), null],
    ['Matroska that is not webm is refused', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x42, 0x82, 0x88], 'matroska'), null],
    ['SVG is refused', bytes('<svg xmlns="http://www.w3.org/2000/svg">'), null],
    ['HTML is refused', bytes('<!doctype html><script>'), null],
    ['a script is refused', bytes('#!/bin/sh\nrm -rf /'), null],
    ['an empty file is refused', bytes(), null],
  ])('%s', (_name, head, expected) => {
    expect(sniffMediaType(head)).toBe(expected);
  });
});
