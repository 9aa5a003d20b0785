import { isDeepStrictEqual } from 'node:util';
import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { afterAll, describe, expect, it } from 'vitest';
import { adminSession, destroyServer, type RunningServer, runSeededData, startServer } from '../e2e/harness';
import pg from 'pg';
import { openStore } from '../server/src/store/open';
import { createPgSchema, requirePostgres } from '../server/test/test-database';
import { query } from './data-dir';
import { Reporter } from './fault-reporter';
import { faultCount } from './fault-scale';
import { faultRandom } from './fault-seed';
import { record } from './figures';

/** Kills per drill: each restarts the server on the data the kill left. */
const KILLS = faultCount({ quick: 3, full: 5 });
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await destroyServer(s);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * Somewhere in the middle of the traffic, never at the same moment twice; each drill's schedule replays
 * from the seed it prints. A generator per drill: the drills run side by side (they mostly wait, on
 * traffic and on restarts), and draws from one shared generator would interleave differently each run.
 */
const randomFor = (drill: string) => faultRandom(`${import.meta.filename} (${drill})`);

/** SQLite in DATA_DIR (as the harness starts it): the kill is of the process holding the file. */
const sqliteServer = async () => {
  const s = await startServer({}, undefined, { from: await runSeededData() });
  servers.push(s);
  return s;
};

/** The same server over a PostgreSQL schema of its own: the kill is of a client mid-transaction. */
const schemas: { drop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const s of schemas) await s.drop();
});
const pgServer = async () => {
  await requirePostgres('The PostgreSQL run of the ingest kill test');
  const schema = await createPgSchema();
  schemas.push(schema);
  const s = await startServer({ DATABASE_URL: schema.url });
  servers.push(s);
  return Object.assign(s, { databaseUrl: schema.url });
};

/** Rows of either engine's database, read beside the server. */
async function rows<T extends pg.QueryResultRow>(server: { dataDir: string; databaseUrl?: string }, sql: string): Promise<T[]> {
  if (!server.databaseUrl) return query<T>(server.dataDir, sql);
  const c = new pg.Client({ connectionString: server.databaseUrl });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

const ENGINES = [
  ['SQLite', sqliteServer],
  ['PostgreSQL', pgServer],
] as const;

describe.concurrent.each(ENGINES)('kill -9 during ingest (%s)', (engine, serverOf) => {
  it('keeps every acknowledged impression, counts each once, and the roll-up and the hash chain agree with the raw log', async () => {
    const random = randomFor(`ingest, ${engine}`);
    const randomMs = random.between;
    const server: RunningServer & { databaseUrl?: string } = await serverOf();
    const reporters = await Promise.all(server.screenTokens.flatMap((token) => [Reporter.connect(server.url, token, 'socket'), Reporter.connect(server.url, token, 'http')]));
    let running = true;
    const traffic = reporters.map(async (r) => {
      while (running) {
        r.make(20);
        if (!(await r.sendOnce())) await sleep(50);
        await sleep(randomMs(5, 30));
      }
    });
    const acked = () => new Set(reporters.flatMap((r) => [...r.acked]));
    const storedIds = async () => new Set((await rows<{ id: string }>(server, 'SELECT id FROM impressions')).map((r) => r.id));

    let survived = 0;
    let lostAfterRestart = 0;
    for (let k = 0; k < KILLS; k++) {
      await sleep(randomMs(800, 2_500));
      const ackedBefore = acked();
      await server.crash();
      await sleep(randomMs(50, 500));
      await server.start();
      // Whatever was acknowledged before the kill is there the moment the server is back.
      const stored = await storedIds();
      const missing = [...ackedBefore].filter((id) => !stored.has(id)).length;
      lostAfterRestart += missing;
      if (missing === 0) survived++;
    }
    await sleep(1_000);
    running = false;
    await Promise.all(traffic);
    // Draining is slow on a loaded machine (each send may time out and go again): what counts is that nothing is lost.
    const deadline = Date.now() + 120_000;
    await Promise.all(reporters.map((r) => r.drain(deadline)));
    for (const r of reporters) r.close();
    await server.stop();

    const all = acked();
    const perId = await rows<{ id: string; n: number }>(server, 'SELECT id, COUNT(*)::int AS n FROM impressions GROUP BY id'.replace('::int', server.databaseUrl ? '::int' : ''));
    const stored = new Set(perId.map((r) => r.id));
    const lost = [...all].filter((id) => !stored.has(id)).length;
    const raw = Number((await rows<{ n: number }>(server, 'SELECT COUNT(*) AS n FROM impressions'))[0]?.n ?? 0);
    const store = await openStore({ dataDir: server.dataDir, databaseUrl: server.databaseUrl });
    try {
      const rolledUp = (await store.impressions.groups('2000-01-01', '2100-12-31', 'day')).reduce((n, g) => n + g.showings, 0);
      const byMonth = (await store.impressions.groups('2000-01-01', '2100-12-31', 'month')).reduce((n, g) => n + g.showings, 0);
      const chain = await store.impressions.verify({ full: true, at: new Date().toISOString() });
      const duplicates = perId.filter((r) => r.n > 1).length + Math.max(0, rolledUp - raw);
      const resent = reporters.reduce((n, r) => n + r.resentAcked, 0);
      record(import.meta.filename, {
        area: 'Faults',
        check: `kill -9 during ingest, restart on the same data (${engine})`,
        tried: KILLS,
        passed: survived,
        lost: lost + lostAfterRestart,
        duplicates,
        note: `${all.size.toLocaleString('en')} impressions acknowledged to ${reporters.length} senders (socket and HTTP) in ${reporters.reduce((n, r) => n + r.batches, 0)} batches, ${resent} of them sent again after their ack; daily and monthly roll-ups = raw rows (${raw.toLocaleString('en')}); hash chain verified in full; fault seed ${random.seed}`,
      });
      expect(lost + lostAfterRestart).toBe(0);
      expect(duplicates).toBe(0);
      expect(survived).toBe(KILLS);
      expect(resent).toBeGreaterThan(0);
      expect([rolledUp, byMonth]).toEqual([raw, raw]);
      expect(chain).toMatchObject({ ok: true, rows: raw });
    } finally {
      await store.close();
    }
  }, 300_000);
});

describe.concurrent('kill -9 during publish', () => {
  it('leaves every published version whole and numbered without gaps, the draft whole and one audit entry per version', async () => {
    const random = randomFor('publish');
    const randomMs = random.between;
    const server = await sqliteServer();
    const admin = await adminSession(server.url);
    const item = (n: number) => ({ id: 'tin', kind: 'text', title: `Tin ${n}`, durationMs: 8_000, heading: `Bản tin số ${n}`, body: 'x'.repeat(1_000 + (n % 1_000)) });
    const created = await admin.call<{ id: string }>('POST', '/api/playlists', { name: 'Thử mất điện', centreId: 'long-thanh', target: { centreIds: [], groups: [] }, items: [item(0)] });
    const api = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
      const r = await fetch(`${server.url}${p}`, {
        method,
        headers: { Cookie: admin.cookie, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : null,
        signal: AbortSignal.timeout(5_000),
      });
      if (!r.ok) throw new Error(`${method} ${p} → ${r.status}`);
      return (await r.json()) as T;
    };

    const published = new Map<number, PlaylistVersion>();
    const drafts = new Set<string>();
    let running = true;
    let n = 0;
    const traffic = (async () => {
      while (running) {
        try {
          const p = await api<{ revision: number; name: string; centreId: string; target: unknown }>('GET', `/api/playlists/${created.id}`);
          n++;
          drafts.add(item(n).heading);
          await api('PUT', `/api/playlists/${created.id}`, { name: p.name, centreId: p.centreId, target: p.target, items: [item(n)], baseRevision: p.revision });
          const { version } = await api<{ version: PlaylistVersion }>('POST', `/api/playlists/${created.id}/publish`);
          published.set(version.version, version);
        } catch {
          await sleep(50);
        }
      }
    })();

    let survived = 0;
    for (let k = 0; k < KILLS; k++) {
      await sleep(randomMs(500, 2_000));
      const before = [...published.keys()];
      await server.crash();
      await server.start();
      // Every version acknowledged before the kill is there, and the numbers run 1…m without a gap.
      const versions = query<{ version: number }>(server.dataDir, `SELECT version FROM playlist_versions WHERE playlist_id = '${created.id}' ORDER BY version`).map((r) => r.version);
      if (before.every((v) => versions.includes(v)) && versions.every((v, i) => v === i + 1)) survived++;
    }
    await sleep(1_000);
    running = false;
    await traffic;
    await server.stop();

    const store = await openStore({ dataDir: server.dataDir, databaseUrl: undefined });
    try {
      // Every version parses (the repo checks each against the schema), numbered 1…n.
      const versions = (await store.playlists.versions(created.id)).sort((a, b) => a.version - b.version);
      const numbers = versions.map((v) => v.version);
      const playlist = await store.playlists.get(created.id);
      const audit = (await store.audit.query({ action: 'playlist.publish', subject: created.id, limit: 100_000 })).map((e) => (e.after as { version: number }).version);
      const lost = [...published.keys()].filter((v) => !numbers.includes(v)).length;
      const changed = [...published.values()].filter((v) => !isDeepStrictEqual(v, versions[v.version - 1])).length;
      const duplicates = audit.length - new Set(audit).size;
      record(import.meta.filename, {
        area: 'Faults',
        check: 'kill -9 during publish, restart on the same data',
        tried: KILLS,
        passed: survived,
        lost: lost + changed,
        duplicates,
        note: `${published.size} publishes acknowledged, ${numbers.length} versions stored, numbered 1…${numbers.length} without a gap; each parses; the draft is one that was saved; one audit entry per version; fault seed ${random.seed}`,
      });
      expect(published.size).toBeGreaterThan(KILLS);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect(lost + changed).toBe(0);
      expect(playlist?.publishedVersion).toBe(numbers.length);
      expect(drafts.has((playlist?.items[0] as { heading?: string } | undefined)?.heading ?? '')).toBe(true);
      expect([...audit].sort((a, b) => a - b)).toEqual(numbers);
      expect(duplicates).toBe(0);
      expect(survived).toBe(KILLS);
    } finally {
      await store.close();
    }
  }, 300_000);
});
