import { randomUUID } from 'node:crypto';
import type { Impression } from '@hcc/shared/schemas/impression';
import pg from 'pg';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureAdmin } from '../src/auth/bootstrap-admin';
import { openPg, PG_LOCKS, transaction } from '../src/db/pg';
import { openStore } from '../src/store/open';
import type { Store } from '../src/store/store';
import { makeConfig, until } from './fixtures';
import { createTestDatabase, type TestDatabase, testEngine } from './test-database';

// Several server nodes share one database. On PostgreSQL these tests race for real, over two pools;
// on SQLite the same calls run one after another, and must give the same answers.
let db: TestDatabase;
const opened: Store[] = [];
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  await db.drop();
});
const twoNodes = async () => {
  const nodes = await Promise.all([openStore(db), openStore(db)]);
  opened.push(...nodes);
  return nodes;
};

const makeImpression = (n: number): Impression => ({
  id: randomUUID(),
  deviceId: `screen-${n % 7}`,
  itemId: `item-${n % 3}`,
  playlistId: 'p1',
  playlistVersion: 1,
  startedAt: new Date(Date.UTC(2026, 2, 2, 1, 0, n)).toISOString(),
  durationMs: 8000,
  completed: true,
  reason: 'completed',
});

describe('two nodes on one database', () => {
  it('both start on an empty database at once: one migrates, the other finds it done', async () => {
    const [a, b] = await twoNodes();
    await a.centres.upsert({ id: 'lt', kind: 'commune', name: 'Xã Long Thành', parentId: null, address: '', hotline: '1022' });
    expect(await b.centres.list()).toHaveLength(1);
  });

  it('store each impression once, in one unbroken chain, when both ingest the same batches at once', async () => {
    const [a, b] = await twoNodes();
    const impressions = Array.from({ length: 300 }, (_, n) => makeImpression(n));
    const batches = Array.from({ length: 15 }, (_, k) => impressions.slice(k * 20, k * 20 + 20));
    const at = '2026-03-02T02:00:00.000Z';
    // Node B gets every batch too, in reverse order, as a screen retrying on the other node would.
    const results = await Promise.all([...batches.map((x) => a.impressions.insertBatch(x, at)), ...[...batches].reverse().map((x) => b.impressions.insertBatch(x, at))]);
    expect(results.reduce((n, r) => n + r.accepted, 0)).toBe(300);
    expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(300);
    expect(await b.impressions.count()).toBe(300);
    expect(await a.impressions.verify({ full: true, at })).toMatchObject({ ok: true, rows: 300, firstBroken: null });
    // The roll-up counted what was stored, not what was sent.
    const groups = await b.impressions.groups('2026-03-02', '2026-03-02', 'day');
    expect(groups.reduce((n, g) => n + g.showings, 0)).toBe(300);
  });

  it('never gives two publishes of one playlist the same version', async () => {
    const [a, b] = await twoNodes();
    await a.centres.upsert({ id: 'lt', kind: 'commune', name: 'Xã Long Thành', parentId: null, address: '', hotline: '1022' });
    await a.playlists.create('p1', { name: 'Sảnh', centreId: 'lt', target: { centreIds: [], groups: [] }, items: [] }, 'editor', '2026-03-02T01:00:00.000Z');
    const published = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        (n % 2 ? a : b).playlists.publish('p1', {
          playlistId: 'p1',
          name: 'Sảnh',
          centreId: 'lt',
          target: { centreIds: [], groups: [] },
          items: [],
          publishedAt: `2026-03-02T01:00:0${n}.000Z`,
          publishedBy: 'editor',
          rollbackOf: null,
        }),
      ),
    );
    expect(published.map((v) => v?.version).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await b.playlists.get('p1'))?.publishedVersion).toBe(10);
  });
});

describe('one stuck node does not stall another', () => {
  it.skipIf(testEngine !== 'pg')(
    'a batch waiting on a chain lock held by a frozen session is answered "busy" in seconds, staff reads go on, and its resend is stored once',
    async () => {
      const [b] = await twoNodes();
      // Node A frozen mid-ingest: a session inside a transaction, holding the chain's lock, saying nothing.
      const frozen = new pg.Client({ connectionString: db.databaseUrl });
      await frozen.connect();
      await frozen.query('BEGIN');
      await frozen.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.impressionChain]);
      const batches = Array.from({ length: 8 }, (_, k) => Array.from({ length: 10 }, (_, n) => makeImpression(k * 10 + n)));
      const at = '2026-03-02T02:00:00.000Z';
      const t0 = performance.now();
      // More batches than the ingest pool has connections: the rest queue for a connection.
      const tries = batches.map((x) =>
        b!.impressions.insertBatch(x, at).then(
          () => 'stored',
          (err: unknown) => err,
        ),
      );
      // Meanwhile the main pool answers at once: readiness, sign-in's look-up, the device list.
      await new Promise((r) => setTimeout(r, 300));
      const s0 = performance.now();
      await b!.ping();
      await b!.users.count();
      await b!.devices.list();
      expect(performance.now() - s0).toBeLessThan(1000);
      const outcomes = await Promise.all(tries);
      // Bounded: every batch is answered within the lock and pool waits, none stored, each told to retry.
      expect(performance.now() - t0).toBeLessThan(12_000);
      for (const o of outcomes) expect(o).toMatchObject({ code: 'unavailable' });
      expect(await b!.impressions.count()).toBe(0);
      await frozen.query('ROLLBACK');
      await frozen.end();
      // The devices send again: each showing stored once, the chain whole.
      for (const x of [...batches, ...batches]) await b!.impressions.insertBatch(x, at);
      expect(await b!.impressions.count()).toBe(80);
      expect(await b!.impressions.verify({ full: true, at })).toMatchObject({ ok: true, rows: 80 });
    },
    30_000,
  );

  it.skipIf(testEngine !== 'pg')(
    'has PostgreSQL end an ingest transaction left idle (a frozen node), freeing the lock, and the process lives on',
    async () => {
      const [b] = await twoNodes();
      const pools = await openPg(db.databaseUrl ?? '');
      let thaw: () => void = () => undefined;
      try {
        // A transaction of the ingest pool that stops talking while it holds the chain's lock, as a frozen node's does.
        const thawed = new Promise<void>((r) => (thaw = r));
        let stuckPid = 0;
        const stuck = transaction(pools.ingest, async (c) => {
          stuckPid = (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? 0;
          await c.query('SELECT pg_advisory_xact_lock($1)', [PG_LOCKS.impressionChain]);
          await thawed;
          await c.query('SELECT 1');
        });
        const outcome = stuck.then(
          () => 'committed',
          (err: Error) => err.message,
        );
        // PostgreSQL ends its session once it has idled in the transaction past the ingest pool's 5 s.
        await until(async () => stuckPid > 0 && (await pools.main.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [stuckPid])).rowCount === 0, 15_000);
        // Its session was ended: the lock is free, and another node's batch goes in.
        expect((await b!.impressions.insertBatch([makeImpression(1)], '2026-03-02T02:00:00.000Z')).accepted).toBe(1);
        // The thawed transaction fails (its connection is gone) instead of crashing the process.
        thaw();
        expect(await outcome).toMatch(/terminat|Connection/i);
      } finally {
        // Thawed whatever happened above: the pools end only once the stuck client is given back.
        thaw();
        await Promise.all([pools.main.end(), pools.ingest.end()]);
      }
    },
    30_000,
  );

  it('two nodes starting at once create one admin between them, and both start', async () => {
    const [a, b] = await twoNodes();
    const start = (store: Store) =>
      store.startupTurn(() => ensureAdmin({ store, config: makeConfig(db.dataDir, { adminPassword: 'both-start-at-once' }), clock: () => new Date(), log: pino({ level: 'silent' }) }));
    const made = await Promise.all([start(a!), start(b!), start(a!), start(b!)]);
    expect(made.filter((m) => m !== null)).toHaveLength(1);
    expect(await a!.users.count()).toBe(1);
  });
});
