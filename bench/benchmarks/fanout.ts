import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminSession, destroyServer, startServer } from '../../e2e/harness';
import { openSqlite } from '../../server/src/db/sqlite';
import { newId, randomToken, sha256 } from '../../server/src/security/tokens';
import { sqliteStore } from '../../server/src/store/store';
import { processMemoryMb } from '../lib/machine';
import type { BenchResult, Row } from '../lib/report';
import { percentile } from '../lib/stats';

const SIZES = [100, 500, 1000];
const WORKERS = 2;
const PUBLISHES = 20;
const WORKER = fileURLToPath(new URL('../lib/fanout-worker.ts', import.meta.url));

/** Create the screens straight in the store: pairing 1,000 devices through HTTP would measure pairing. */
async function seedScreens(dataDir: string, n: number): Promise<string[]> {
  const store = sqliteStore(openSqlite(path.join(dataDir, 'hcc.sqlite')));
  await store.centres.upsert({ id: 'dn', kind: 'province', name: 'Tỉnh Đồng Nai', parentId: null, address: '', hotline: '1022' });
  await store.centres.upsert({ id: 'lt', kind: 'commune', name: 'Xã Long Thành', parentId: 'dn', address: '', hotline: '1022' });
  const tokens: string[] = [];
  const at = new Date().toISOString();
  for (let i = 0; i < n; i++) {
    const token = randomToken();
    await store.devices.create({ id: newId(), kind: 'screen', name: `Bench ${i}`, centreId: 'lt', group: null, status: 'active', pairedAt: at, lastSeenAt: null, playing: null, heartbeat: null }, sha256(token));
    tokens.push(token);
  }
  await store.close();
  return tokens;
}

interface Fleet {
  workers: ChildProcess[];
  stop(): Promise<void>;
}

async function connectFleet(url: string, tokens: string[]): Promise<Fleet> {
  const share = Math.ceil(tokens.length / WORKERS);
  const workers = Array.from({ length: WORKERS }, () => fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  await Promise.all(
    workers.map(
      (w, i) =>
        new Promise<void>((resolve, reject) => {
          const t = setTimeout(() => reject(new Error('workers did not connect within 60 s')), 60_000);
          w.on('message', (m: { type: string; message?: string }) => {
            if (m.type === 'ready') {
              clearTimeout(t);
              resolve();
            } else if (m.type === 'error') reject(new Error(m.message));
          });
          w.send({ type: 'start', url, tokens: tokens.slice(i * share, (i + 1) * share) });
        }),
    ),
  );
  return {
    workers,
    stop: async () => {
      await Promise.all(workers.map((w) => new Promise((r) => (w.once('exit', r), w.send({ type: 'stop' })))));
    },
  };
}

type Call = Awaited<ReturnType<typeof adminSession>>['call'];

/** When the server recorded each screen's ack of `version` (its lastSeenAt), once all n are in or 10 s passed. */
async function waitForAcks(call: Call, version: number, n: number): Promise<number[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await new Promise((r) => setTimeout(r, 400));
    const { items } = await call<{ items: { playing: { version: number } | null; lastSeenAt: string | null }[] }>('GET', '/api/devices');
    const acked = items.filter((d) => d.playing?.version === version && d.lastSeenAt).map((d) => Date.parse(d.lastSeenAt as string));
    if (acked.length >= n || Date.now() > deadline) return acked;
  }
}

/** Publish → ack latency at 100, 500 and 1,000 screens, clients in separate processes; server RSS. */
export async function runFanout(): Promise<BenchResult> {
  let tokens: string[] = [];
  const server = await startServer({ SEED_DEMO: '0', LOG_LEVEL: 'warn' }, async (dir) => {
    tokens = await seedScreens(dir, Math.max(...SIZES));
  });
  const rows: Row[] = [];
  try {
    const admin = await adminSession(server.url);
    const playlist = await admin.call<{ id: string }>('POST', '/api/playlists', {
      name: 'Bench',
      centreId: 'lt',
      target: { centreIds: [], groups: [] },
      items: [{ id: 't1', kind: 'text', title: 'Bench', durationMs: 8000, heading: 'Bench', body: '' }],
    });
    for (const n of SIZES) {
      const fleet = await connectFleet(server.url, tokens.slice(0, n));
      const latencies: number[] = [];
      let missing = 0;
      for (let p = 0; p < PUBLISHES; p++) {
        const { version } = await admin.call<{ version: { version: number; publishedAt: string } }>('POST', `/api/playlists/${playlist.id}/publish`);
        const acked = await waitForAcks(admin.call, version.version, n);
        latencies.push(...acked.map((at) => at - Date.parse(version.publishedAt)));
        missing += n - acked.length;
        await new Promise((r) => setTimeout(r, 300));
      }
      const mem = processMemoryMb(server.pid() ?? 0);
      await fleet.stop();
      const p99 = percentile(latencies, 99);
      rows.push(
        { metric: `${n} screens: publish → ack p50`, value: `${percentile(latencies, 50)} ms`, goal: '—', met: null },
        { metric: `${n} screens: publish → ack p99`, value: `${p99} ms (max ${Math.max(...latencies)} ms, ${missing} acks missing)`, goal: n === 1000 ? '≤ 100 ms' : '—', met: n === 1000 ? p99 <= 100 && missing === 0 : null },
        { metric: `${n} screens: server RSS`, value: `${mem.rss} MB (peak ${mem.peak} MB)`, goal: n === 1000 ? '≤ 250 MB' : '—', met: n === 1000 ? mem.peak <= 250 : null },
      );
    }
  } finally {
    await destroyServer(server);
  }
  return {
    title: 'Publish fan-out (issue 3)',
    notes: `One server process (SQLite), ${WORKERS} client processes holding the simulated screens over WebSocket; ${PUBLISHES} publishes per size, latency from the version's publishedAt stamp to the moment the server recorded each screen's ack.`,
    rows,
  };
}
