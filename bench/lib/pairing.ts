import type { PairingClaimResult, PairingTicket } from '@hcc/shared/schemas/device';
import type { adminSession } from '../../e2e/harness';

type Call = Awaited<ReturnType<typeof adminSession>>['call'];

/** At most this many pairings open at once: the server caps open tickets at 200. */
const WAVE = 50;

async function post<T>(url: string, body: unknown): Promise<T> {
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`POST ${url} → ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** Pair `n` screens to a centre the way a real one is: the TV asks for a code, staff approve it, the TV claims its token. */
export async function pairScreens(url: string, call: Call, centreId: string, n: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < n; i += WAVE) {
    const wave = await Promise.all(
      Array.from({ length: Math.min(WAVE, n - i) }, async (_, j) => {
        const ticket = await post<PairingTicket>(`${url}/api/pairings`, { kind: 'screen' });
        await call('POST', '/api/pairings/approve', { code: ticket.code, name: `Bench ${i + j}`, centreId, group: null });
        const claim = await post<PairingClaimResult>(`${url}/api/pairings/${ticket.pairingId}/claim`, { claimSecret: ticket.claimSecret });
        if (claim.status !== 'paired') throw new Error(`screen ${i + j} was approved but its claim says ${claim.status}`);
        return claim.token;
      }),
    );
    tokens.push(...wave);
  }
  return tokens;
}
