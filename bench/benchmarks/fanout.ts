import path from 'node:path';
import { adminSession, destroyServer, startServer } from '../../e2e/harness';
import { openSqlite } from '../../server/src/db/sqlite';
import { sqliteStore } from '../../server/src/store/store';
import { connectFleet } from '../lib/fleet';
import { processMemoryMb } from '../lib/machine';
import type { BenchResult, Row } from '../lib/report';
import { seedScreens, waitForAcks } from '../lib/screens';
import { percentile } from '../lib/stats';

const SIZES = [100, 500, 1000];
const WORKERS = 2;
const PUBLISHES = 20;

/** Publish → ack latency at 100, 500 and 1,000 screens, clients in separate processes; server RSS. */
export async function runFanout(): Promise<BenchResult> {
  let tokens: string[] = [];
  const server = await startServer({ SEED_DEMO: '0', LOG_LEVEL: 'warn' }, async (dir) => {
    const store = sqliteStore(openSqlite(path.join(dir, 'hcc.sqlite')));
    tokens = await seedScreens(store, Math.max(...SIZES));
    await store.close();
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
      const share = Math.ceil(n / WORKERS);
      const fleet = await connectFleet(Array.from({ length: WORKERS }, (_, i) => ({ url: server.url, tokens: tokens.slice(i * share, Math.min(n, (i + 1) * share)) })));
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
