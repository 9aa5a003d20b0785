import type { Entry, ZipFile } from 'yauzl';
import { AppError } from '../http/errors';

/**
 * Bounds for every ZIP the server opens (XLSX is a ZIP of XML parts). A 1 MB file can hold a
 * gigabyte of zeros: handing it to a reader that inflates everything at once stalls the process and
 * takes its memory. So the central directory is checked first (entry count, declared sizes), then
 * every entry is inflated as a stream and counted, because the declared sizes can lie; only an
 * archive that passes both is given to the real reader.
 */
export interface ArchiveLimits {
  maxEntries: number;
  maxBytes: number;
  /** What the file is, in the refusal: "the spreadsheet list.xlsx". */
  what: string;
}

const MB = 1024 * 1024;
const mb = (n: number) => `${Math.round(n / MB)} MB`;

/** yauzl is loaded with the first archive, as exceljs is (see catalogue/spreadsheet.ts). */
const open = async (buf: Buffer) => {
  const { default: yauzl } = await import('yauzl');
  return new Promise<ZipFile>((resolve, reject) => yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip))));
};

/** Calls `visit` for each entry in turn; `visit` resolves when it is done with that entry. */
function eachEntry(zip: ZipFile, visit: (entry: Entry) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => {
      zip.close();
      reject(err);
    };
    zip.on('error', fail);
    zip.on('end', () => {
      zip.close();
      resolve();
    });
    zip.on('entry', (entry: Entry) => visit(entry).then(() => zip.readEntry(), fail));
    zip.readEntry();
  });
}

function inflatedSize(zip: ZipFile, entry: Entry, budget: number, tooLarge: () => AppError): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      let n = 0;
      stream.on('data', (chunk: Buffer) => {
        n += chunk.length;
        if (n > budget) stream.destroy(tooLarge());
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(n));
    });
  });
}

/** Resolves when the ZIP is within the limits; otherwise a 413 (too large) or 400 (not a ZIP, damaged) naming the limit. */
export async function checkArchive(buf: Buffer, limits: ArchiveLimits): Promise<void> {
  const tooLarge = () => new AppError('too_large', `${limits.what} unpacks to more than ${mb(limits.maxBytes)}, the most this server reads from one file. Split it or remove what is not needed.`);
  const tooMany = (n: number) => new AppError('too_large', `${limits.what} holds ${n} files inside; at most ${limits.maxEntries} are read.`);
  const damaged = (err: unknown) => (err instanceof AppError ? err : new AppError('validation', `${limits.what} is not an XLSX file, or it is damaged (${(err as Error).message}).`));
  try {
    // 1. The central directory: count and declared sizes, before anything is inflated.
    const dir = await open(buf);
    if (dir.entryCount > limits.maxEntries) {
      dir.close();
      throw tooMany(dir.entryCount);
    }
    let declared = 0;
    await eachEntry(dir, async (e) => {
      declared += e.uncompressedSize;
      if (declared > limits.maxBytes) throw tooLarge();
    });
    // 2. The real sizes, inflated as streams and stopped at the limit (yauzl also refuses an entry
    //    whose data does not match its declared size).
    const zip = await open(buf);
    let inflated = 0;
    await eachEntry(zip, async (e) => {
      if (e.fileName.endsWith('/')) return;
      inflated += await inflatedSize(zip, e, limits.maxBytes - inflated, tooLarge);
    });
  } catch (err) {
    throw damaged(err);
  }
}
