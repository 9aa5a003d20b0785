import type { adminSession } from '../../e2e/harness';
import { newId, randomToken, sha256 } from '../../server/src/security/tokens';
import type { Store } from '../../server/src/store/store';

/** Create the screens straight in the store: pairing thousands of devices through HTTP would measure pairing. */
export async function seedScreens(store: Store, n: number): Promise<string[]> {
  await store.centres.upsert({ id: 'dn', kind: 'province', name: 'Tỉnh Đồng Nai', parentId: null, address: '', hotline: '1022' });
  await store.centres.upsert({ id: 'lt', kind: 'commune', name: 'Xã Long Thành', parentId: 'dn', address: '', hotline: '1022' });
  const tokens: string[] = [];
  const at = new Date().toISOString();
  for (let i = 0; i < n; i++) {
    const token = randomToken();
    await store.devices.create(
      { id: newId(), kind: 'screen', name: `Bench ${i}`, centreId: 'lt', group: null, status: 'active', pairedAt: at, lastSeenAt: null, playing: null, heartbeat: null },
      sha256(token),
    );
    tokens.push(token);
  }
  return tokens;
}

type Call = Awaited<ReturnType<typeof adminSession>>['call'];

/** When the server recorded each screen's ack of `version` (its lastSeenAt), once all n are in or 10 s passed. */
export async function waitForAcks(call: Call, version: number, n: number): Promise<number[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await new Promise((r) => setTimeout(r, 400));
    const { items } = await call<{ items: { playing: { version: number } | null; lastSeenAt: string | null }[] }>('GET', '/api/devices');
    const acked = items.filter((d) => d.playing?.version === version && d.lastSeenAt).map((d) => Date.parse(d.lastSeenAt as string));
    if (acked.length >= n || Date.now() > deadline) return acked;
  }
}
