import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response } from 'express';

const ENCODE = {
  // Made once per body, so quality 9 rather than the middleware's 4: the index is a fifth smaller for ~80 ms once.
  br: (b: Buffer) => promisify(brotliCompress)(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
  gzip: (b: Buffer) => promisify(gzip)(b),
};

/**
 * Sends a body that goes out unchanged many times (the kiosk's catalogue index) in the encoding the
 * client takes, compressed once per body rather than once per download: the compression middleware
 * would redo a megabyte's work on every request. The encodings live as long as the body they were
 * made from (a WeakMap on it), so the owner of the body decides when they go.
 */
export function encodedBodies(): (req: Request, res: Response, body: Buffer) => Promise<void> {
  const made = new WeakMap<Buffer, Map<keyof typeof ENCODE, Promise<Buffer>>>();
  return async (req, res, body) => {
    res.vary('Accept-Encoding');
    // Brotli first wherever it is taken: among encodings of equal weight, `acceptsEncodings` keeps the
    // client's order, and browsers list gzip before br.
    const encoding = (['br', 'gzip'] as const).find((e) => req.acceptsEncodings(e) === e);
    if (!encoding) return void res.send(body);
    let forBody = made.get(body);
    if (!forBody) made.set(body, (forBody = new Map()));
    let encoded = forBody.get(encoding);
    if (!encoded) forBody.set(encoding, (encoded = ENCODE[encoding](body)));
    // Set before sending, so the compression middleware leaves it as it is.
    res.setHeader('Content-Encoding', encoding);
    res.send(await encoded);
  };
}
