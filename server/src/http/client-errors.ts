import { type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from '@hcc/shared/schemas/common';

/**
 * Requests Node's parser refuses before Express sees them (a URL or headers past the 16 KB limit, a
 * malformed request line) get the same readable error body as every other refusal, not Node's bare
 * status line, so clients and people see what was wrong.
 */
export function answerUnreadableRequests(http: Server): void {
  http.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    // A request still arriving at the bound of http/slow-clients.ts (or Node's request timeout).
    const tooSlow = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const status = tooLarge ? 431 : tooSlow ? 408 : 400;
    const body: ErrorBody = tooLarge
      ? { code: 'too_large', message: 'The address or the headers of this request are too long (over 16 KB).' }
      : tooSlow
        ? { code: 'validation', message: 'Yêu cầu đến quá chậm nên đã bị ngắt (the request took too long to arrive).' }
        : { code: 'validation', message: 'The request could not be read as HTTP.' };
    const json = JSON.stringify(body);
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`);
  });
}
