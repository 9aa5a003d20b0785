import { request } from 'node:http';
import type { PairingClaimResult, PairingTicket } from '@hcc/shared/schemas/device';
import type { adminSession } from '../../e2e/harness';

type Call = Awaited<ReturnType<typeof adminSession>>['call'];

/** At most this many pairings open at once: the server caps open tickets at 200. */
const WAVE = 50;

/** Screens per source address: the server allows 20 pairing codes per address and 60 per /24 in 15 minutes. */
const PER_ADDRESS = 20;

/**
 * A POST from a given loopback address. A province's screens pair from many networks; on one machine
 * each group of 20 gets its own 127.1.x.1 (all of 127/8 is this host), so the server's per-network
 * pairing limit sees them as it would see real centres.
 */
function post<T>(url: string, body: unknown, localAddress: string): Promise<T> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', localAddress, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => ((res.statusCode ?? 500) < 300 ? resolve(JSON.parse(text) as T) : reject(new Error(`POST ${url} → ${res.statusCode} ${text}`))));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** Pair `n` screens to a centre the way a real one is: the TV asks for a code, staff approve it, the TV claims its token. */
export async function pairScreens(url: string, call: Call, centreId: string, n: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < n; i += WAVE) {
    const wave = await Promise.all(
      Array.from({ length: Math.min(WAVE, n - i) }, async (_, j) => {
        const from = `127.1.${Math.floor((i + j) / PER_ADDRESS)}.1`;
        const ticket = await post<PairingTicket>(`${url}/api/pairings`, { kind: 'screen' }, from);
        await call('POST', '/api/pairings/approve', { code: ticket.code, name: `Bench ${i + j}`, centreId, group: null });
        const claim = await post<PairingClaimResult>(`${url}/api/pairings/${ticket.pairingId}/claim`, { claimSecret: ticket.claimSecret }, from);
        if (claim.status !== 'paired') throw new Error(`screen ${i + j} was approved but its claim says ${claim.status}`);
        return claim.token;
      }),
    );
    tokens.push(...wave);
  }
  return tokens;
}
