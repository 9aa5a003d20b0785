import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Contents: the given bytes, or this many zero bytes (whole megabytes, never held in memory). */
  data: Buffer | number;
  /** A size to write in the headers instead of the real one: an archive that lies. */
  declaredSize?: number;
}

const MB = 1024 * 1024;

/**
 * Zeros are deflated one megabyte at a time as a full-flush block, which does not depend on what came
 * before: the same bytes repeated, closed by an empty final block. A gigabyte takes a second.
 */
const ZERO_BLOCK = deflateRawSync(Buffer.alloc(MB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

function deflate(data: Buffer | number): { packed: Buffer; size: number; crc: number } {
  if (typeof data !== 'number') return { packed: deflateRawSync(data), size: data.length, crc: crc32(data) };
  if (data % MB) throw new Error('zeros come in whole megabytes');
  const zeros = Buffer.alloc(MB);
  let crc = 0;
  for (let i = 0; i < data / MB; i++) crc = crc32(zeros, crc);
  return { packed: Buffer.concat([...Array<Buffer>(data / MB).fill(ZERO_BLOCK), FINAL_EMPTY_BLOCK]), size: data, crc };
}

/**
 * A ZIP written by hand (deflate, no ZIP64), so a test can make what a real archiver would refuse:
 * a gigabyte of zeros in a megabyte (a "zip bomb"), thousands of entries, sizes that lie.
 */
export function makeZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const { packed, size, crc } = deflate(p.data);
    const name = Buffer.from(p.name, 'utf8');
    const declared = p.declaredSize ?? size;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt16LE(0x21, 12); // 1980-01-01
    head.writeUInt32LE(crc >>> 0, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(declared, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    head.copy(central, 8, 6, 28); // flags … name length: the same fields as the local header
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, packed);
    centrals.push(central, name);
    offset += head.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A gzip file of `zeros` zero bytes (whole megabytes), built the same way: a gigabyte in about a megabyte. */
export function makeGzip(zeros: number): Buffer {
  const { packed, size, crc } = deflate(zeros);
  const head = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(crc >>> 0, 0);
  tail.writeUInt32LE(size % 2 ** 32, 4);
  return Buffer.concat([head, packed, tail]);
}
