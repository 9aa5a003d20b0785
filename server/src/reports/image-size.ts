/**
 * Pixel size of a PNG or JPEG from its header, so a thumbnail keeps its aspect ratio in the document:
 * DOCX needs both dimensions, and thumbnails come in whatever shape the upload had. Null when the
 * header cannot be read.
 */
export function imageSize(data: Buffer, type: 'png' | 'jpg'): { width: number; height: number } | null {
  if (type === 'png') {
    // Signature (8), IHDR length and type (8), then width and height.
    if (data.length < 24 || data.toString('latin1', 12, 16) !== 'IHDR') return null;
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data[0] !== 0xff || data[1] !== 0xd8) return null;
  // Walk the JPEG segments to the first start-of-frame marker, which holds the size.
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte before a marker
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    at += 2 + data.readUInt16BE(at + 2);
  }
  return null;
}
