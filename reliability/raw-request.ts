import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  text: string;
}

/**
 * One HTTP request sent exactly as given: no client normalises the path ("/a/../b"), fixes the
 * encoding or sets a content type behind the test's back. An answer slower than `timeoutMs` fails.
 */
export function rawRequest(baseUrl: string, r: { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer }, timeoutMs = 10_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const length = r.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(r.body)) };
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method: r.method, path: r.path, headers: { ...length, ...r.headers }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    // After an answer, a reset while the rest of a refused body is still being written changes nothing.
    req.on('error', reject);
    req.end(r.body);
  });
}
