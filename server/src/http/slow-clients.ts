import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { TrustProxy } from '../security/client-address';
import type { Limits } from '../security/limits';

/**
 * Bounds on connections that hold the server without asking anything of it (slowloris): a request's
 * headers must arrive within `headersTimeoutS` (Node's default is 60 s, checked every 30 s), and one
 * address may hold at most `perAddress` connections at once, so a script cannot spend the process's
 * file descriptors. A trusted proxy's connections are its clients' (nginx holds one per screen's
 * socket), so they are not counted here: the proxy bounds those. The body of a request is left to
 * Node's request timeout (300 s), which an upload of a large video over a slow line needs.
 */
export function boundSlowClients(http: Server, limits: Limits['connections'], trust: () => TrustProxy, log: Logger): void {
  http.headersTimeout = limits.headersTimeoutS * 1000;
  const open = new Map<string, number>();
  const warned = new Set<string>();
  http.on('connection', (socket: Socket) => {
    const peer = socket.remoteAddress ?? 'unknown';
    if (trust()(peer, 0)) return;
    const n = (open.get(peer) ?? 0) + 1;
    if (n > limits.perAddress) {
      if (!warned.has(peer)) {
        warned.add(peer);
        log.warn({ address: peer, open: n - 1 }, 'too many connections open from one address: new ones are closed');
        setTimeout(() => warned.delete(peer), 60_000).unref();
      }
      return void socket.destroy();
    }
    open.set(peer, n);
    socket.once('close', () => {
      const left = (open.get(peer) ?? 1) - 1;
      if (left > 0) open.set(peer, left);
      else open.delete(peer);
    });
  });
}
