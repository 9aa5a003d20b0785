import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress, resolvePublic } from './public-address';

export interface PinnedRequest {
  method: 'HEAD' | 'GET';
  signal: AbortSignal;
  headers?: Record<string, string>;
  /** Which resolved addresses may be called: public ones unless the caller says otherwise. */
  isAllowed?: (ip: string) => boolean;
}

/**
 * One request to the address resolvePublic checked, not to the name (which could resolve anew). The
 * name still goes in Host and in TLS' server name, so virtual hosts and certificates work as usual.
 * Redirects are not followed: each hop is the caller's to check. The caller reads or destroys the body.
 */
export async function pinnedRequest(url: URL, opts: PinnedRequest): Promise<IncomingMessage> {
  const address = await resolvePublic(url.hostname, opts.isAllowed ?? isPublicAddress);
  const isHttps = url.protocol === 'https:';
  const request = isHttps ? httpsRequest : httpRequest;
  const name = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: address,
        family: isIP(address),
        port: url.port || (isHttps ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: opts.method,
        headers: { Host: url.host, Accept: '*/*', ...opts.headers },
        // TLS wants a name, never an address, as the server name.
        ...(isHttps && !isIP(name) ? { servername: name } : {}),
        // No pooled sockets: each call goes to the address just checked, and nothing lingers after.
        agent: false,
        signal: opts.signal,
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}
