import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Impression } from '@hcc/shared/schemas/impression';
import { destroyServer, startServer } from '../../e2e/harness';
import { openSqlite } from '../../server/src/db/sqlite';
import { sqliteStore } from '../../server/src/store/store';
import type { BenchResult, Row } from '../lib/report';

const TOTAL = 200_000;
const BATCH = 500;
const CLIENTS = 4;

/** Showings arrive roughly in time order (every screen reports what it just showed): a time series. */
const START = Date.parse('2026-01-05T00:00:00Z');
let seq = 0;
const makeBatch = (deviceId: string, n: number): Impression[] =>
  Array.from({ length: n }, (_, i) => ({ id: randomUUID(), deviceId, itemId: `item-${i % 12}`, playlistId: 'demo-long-thanh', playlistVersion: 1, startedAt: new Date(START + seq++ * 50).toISOString(), durationMs: 10_000, completed: true, reason: 'completed' }));

/** The store alone: one transaction (one WAL commit) per batch, the hash chain computed per row. */
async function storeRate(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hcc-ingest-'));
  const store = sqliteStore(openSqlite(path.join(dir, 'hcc.sqlite')));
  try {
    const batches = Array.from({ length: TOTAL / BATCH }, () => makeBatch('bench-device', BATCH));
    const t0 = performance.now();
    for (const b of batches) await store.impressions.insertBatch(b, new Date().toISOString());
    const seconds = (performance.now() - t0) / 1000;
    if ((await store.impressions.count()) !== TOTAL) throw new Error('not every impression was stored');
    if (!(await store.impressions.verify({ full: true, at: new Date().toISOString() })).ok) throw new Error('the chain does not hold after the run');
    return TOTAL / seconds;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The whole path: HTTP, JSON, schema validation, device authentication, then the store. */
async function httpRate(): Promise<number> {
  const server = await startServer();
  try {
    const token = server.screenTokens[0] as string;
    const boot = (await (await fetch(`${server.url}/api/device/bootstrap`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { device: { id: string } };
    const bodies = Array.from({ length: TOTAL / BATCH }, () => JSON.stringify({ impressions: makeBatch(boot.device.id, BATCH) }));
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++] as string;
          const res = await fetch(`${server.url}/api/impressions`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });
          if (!res.ok) throw new Error(`ingest failed: ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
        }
      }),
    );
    return TOTAL / ((performance.now() - t0) / 1000);
  } finally {
    await destroyServer(server);
  }
}

/** Proof-of-play ingest: can one node keep up with a province's screens? */
export async function runIngest(): Promise<BenchResult> {
  const store = await storeRate();
  const http = await httpRate();
  const rows: Row[] = [
    { metric: `store: ${TOTAL.toLocaleString('en')} impressions in batches of ${BATCH}, chained, WAL`, value: `${Math.round(store).toLocaleString('en')} /s`, goal: '≥ 20,000 /s', met: store >= 20_000 },
    { metric: `HTTP POST /api/impressions, ${CLIENTS} clients, batches of ${BATCH}`, value: `${Math.round(http).toLocaleString('en')} /s`, goal: '≥ 20,000 /s', met: http >= 20_000 },
  ];
  return {
    title: 'Proof-of-play ingest (issue 8)',
    notes: 'Showings in time order, as screens report them. SQLite in WAL mode with synchronous=NORMAL: each batch is one transaction, durable against a crash of the process (not of the operating system, which would need synchronous=FULL). The chain is verified after the store run.',
    rows,
  };
}
