import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DossierScreenUpdate } from '@hcc/shared/schemas/dossier';
import { DOSSIER_PATHS } from '@hcc/shared/schemas/dossier';
import { afterEach, expect, it } from 'vitest';
import { feedWatcher } from '../src/dossiers/pull';
import { dossierScreens } from '../src/dossiers/screens';
import { startTestServer, type TestServer, waitFor } from './fixtures';

let now = new Date('2026-12-10T03:00:00Z');
let server: TestServer;
let source: Server;
let inside: Server | undefined;
afterEach(async () => {
  await server?.close();
  await new Promise((r) => source?.close(r));
  await new Promise((r) => (inside ? inside.close(r) : r(undefined)));
  inside = undefined;
});

/** Saves centre lt's feed as an admin would (pulled from `url` every ten minutes, stale after an hour), expecting `status`. */
const saveFeed = async (url: string, status: number) => {
  const cookie = await server.login('admin');
  return server.http
    .put(`${DOSSIER_PATHS.feeds}/lt`)
    .set('Cookie', cookie)
    .send({ staleAfterMinutes: 60, pull: { url, format: 'json', everyMinutes: 10 } })
    .expect(status);
};

const listen = async (s: Server, host: string) => {
  await new Promise<void>((r) => s.listen(0, host, r));
  return `http://${host}:${(s.address() as AddressInfo).port}`;
};

it('pulls a feed on schedule, backs off and alerts while it fails, and takes a stale feed off the screens', async () => {
  now = new Date('2026-12-10T03:00:00Z');
  // The test's source runs on this machine: the operator's allowance for an internal one-stop system.
  server = await startTestServer({ feedInternalHosts: ['127.0.0.1'] }, () => now);
  let answer: { status: number; body: string } = { status: 503, body: 'maintenance' };
  let fetches = 0;
  source = createServer((_req, res) => {
    fetches += 1;
    res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body);
  });
  await new Promise<void>((r) => source.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(source.address() as AddressInfo).port}/ho-so.json`;
  await saveFeed(url, 200);
  const watcher = feedWatcher(server.deps, dossierScreens(server.deps, server.app.hub), server.app.hub);

  await watcher.tick();
  let feed = await server.deps.store.connectors.feed('lt');
  expect(feed?.pull).toMatchObject({ failures: 1, lastError: 'HTTP 503 Service Unavailable', nextAttemptAt: '2026-12-10T03:20:00.000Z' });
  expect((await server.deps.store.audit.query({ action: 'dossiers.feed.failed', limit: 5 })).length).toBe(1);
  // Not due yet: backing off, nothing fetched.
  now = new Date('2026-12-10T03:15:00Z');
  await watcher.tick();
  expect(fetches).toBe(1);

  answer = {
    status: 200,
    body: JSON.stringify({
      rows: [
        {
          code: 'LT-2026-0700',
          procedureCode: '1.001193',
          receivedAt: '2026-12-09T01:00:00Z',
          status: 'ready',
          resultAt: '2026-12-10T02:00:00Z',
          updatedAt: '2026-12-10T02:00:00Z',
          applicantName: 'Đinh Văn Hải',
        },
      ],
    }),
  };
  now = new Date('2026-12-10T03:21:00Z');
  await watcher.tick();
  feed = await server.deps.store.connectors.feed('lt');
  expect(feed?.pull).toMatchObject({ failures: 0, lastError: null, lastOkAt: '2026-12-10T03:21:00.000Z' });
  expect((await server.deps.store.audit.query({ action: 'dossiers.feed.recovered', limit: 5 })).length).toBe(1);
  expect((await server.http.get(DOSSIER_PATHS.lookup).query({ code: 'LT-2026-0700' }).expect(200)).body.maskedName).toBe('Đ. V. H.');

  // The source goes quiet past the hour the centre allows: the screens are told to drop the list.
  const screen = await server.pairDevice({ kind: 'screen', centreId: 'lt' });
  const socket = await server.connectDevice(screen.token);
  answer = { status: 500, body: '' };
  const dropped = waitFor<DossierScreenUpdate>(socket, 'dossiers:updated');
  now = new Date('2026-12-10T04:30:00Z');
  await watcher.tick();
  expect((await dropped).ready).toMatchObject({ isStale: true, items: [] });
});

it('refuses a feed on an internal address when it is saved, and at every redirect when it is pulled', async () => {
  now = new Date('2026-12-10T03:00:00Z');
  server = await startTestServer({ feedInternalHosts: ['127.0.0.1'] }, () => now);

  // Another host inside, the cloud's metadata service, and the same spelled as IPv6: not allowed, nothing saved.
  for (const url of ['http://127.0.0.2:8080/ho-so.json', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:10.0.0.5]/x', 'http://localhost/ho-so.json']) {
    const res = await saveFeed(url, 400);
    expect(res.body.message).toMatch(/internal.*FEED_INTERNAL_HOSTS/);
  }
  expect((await server.deps.store.connectors.feed('lt'))?.settings?.pull ?? null).toBeNull();

  // The allowed source answers with a redirect to a host inside that is not allowed: never called.
  let insideCalls = 0;
  inside = createServer((_req, res) => {
    insideCalls += 1;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('[]');
  });
  const insideUrl = await listen(inside, '127.0.0.2');
  source = createServer((_req, res) => res.writeHead(302, { Location: `${insideUrl}/secret.json` }).end());
  await saveFeed(`${await listen(source, '127.0.0.1')}/ho-so.json`, 200);
  await feedWatcher(server.deps, dossierScreens(server.deps, server.app.hub), server.app.hub).tick();
  const feed = await server.deps.store.connectors.feed('lt');
  expect(feed?.pull).toMatchObject({ failures: 1 });
  expect(feed?.pull.lastError).toMatch(/127\.0\.0\.2 is an internal address/);
  expect(insideCalls).toBe(0);
});

it('pulls a due feed once when several nodes look at it together', async () => {
  now = new Date('2026-12-10T03:00:00Z');
  server = await startTestServer({ feedInternalHosts: ['127.0.0.1'] }, () => now);
  let fetches = 0;
  source = createServer((_req, res) => {
    fetches += 1;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('[]');
  });
  const url = `${await listen(source, '127.0.0.1')}/ho-so.json`;
  await saveFeed(url, 200);
  // Three watchers on one store stand for three nodes on one database.
  const nodes = [1, 2, 3].map(() => feedWatcher(server.deps, dossierScreens(server.deps, server.app.hub), server.app.hub));
  await Promise.all(nodes.map((n) => n.tick()));
  expect(fetches).toBe(1);
  expect((await server.deps.store.connectors.feed('lt'))?.pull).toMatchObject({ failures: 0, nextAttemptAt: '2026-12-10T03:10:00.000Z' });
  // Ten minutes on, one of them pulls again.
  now = new Date('2026-12-10T03:10:00Z');
  await Promise.all(nodes.map((n) => n.tick()));
  expect(fetches).toBe(2);
});
