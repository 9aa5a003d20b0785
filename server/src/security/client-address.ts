import type { IncomingMessage } from 'node:http';

/** Express's compiled `trust proxy` setting (`app.get('trust proxy fn')`): may the hop at `i` be believed? */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The client's address for a request Express never sees (socket.io's handshake), by Express's own rule
 * (proxy-addr): the peer, then X-Forwarded-For from the right, for as long as each hop is trusted.
 * Behind nginx every socket's peer is the proxy: keyed on the peer, one hostile client would lock out
 * the whole province.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .reverse();
  const hops = [peer, ...forwarded];
  for (let i = 0; i < hops.length - 1; i++) if (!trust(hops[i] as string, i)) return hops[i] as string;
  return hops.at(-1) as string;
}
