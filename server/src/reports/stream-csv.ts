import type { Response } from 'express';

/**
 * Sends a CSV made a part at a time, each part written once the reader has taken the last (so a slow
 * download holds one part in memory, not the file). `write` resolves false once the reader has gone:
 * the rest is not made. A failure after the first part cannot become an error answer, whose status has
 * gone out: the connection is cut, so the file is seen to be incomplete, and the error is thrown on.
 */
export async function streamCsv(res: Response, make: (write: (part: string) => Promise<boolean>) => Promise<void>): Promise<void> {
  const write = async (part: string) => {
    if (res.destroyed) return false;
    if (!res.write(part)) {
      await new Promise<void>((resolve) => {
        const go = () => (res.off('drain', go), res.off('close', go), resolve());
        res.on('drain', go).on('close', go);
      });
    }
    return !res.destroyed;
  };
  try {
    await make(write);
  } catch (err) {
    if (res.headersSent) res.destroy();
    throw err;
  }
  res.end();
}
