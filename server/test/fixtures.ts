import { randomUUID } from 'node:crypto';
import type SuperagentResponse from 'superagent/lib/node/response';
import type { AddressInfo } from 'node:net';
import type { DeviceClientToServer, DeviceServerToClient } from '@hcc/shared/events';
import type { Impression } from '@hcc/shared/schemas/impression';
import type { PlaylistItemInput } from '@hcc/shared/schemas/playlist';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import type { Role } from '@hcc/shared/schemas/staff';
import pino from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';
import { afterEach, beforeEach } from 'vitest';
import { type App, createApp } from '../src/app';
import type { Config } from '../src/config/config';
import type { Deps } from '../src/context';
import { DEFAULT_LIMITS } from '../src/security/limits';
import { hashPassword, newId } from '../src/security/tokens';
import { openStore } from '../src/store/open';
import { createTestDatabase } from './test-database';

export const PASSWORD = 'correct horse battery';
/**
 * The fixture users' password hash, made once and at a low scrypt cost: sign-in still runs the real
 * verification (it reads the cost from the hash), without 0.2 s of CPU per test that signs in. Users made
 * through the API get the production cost, and a test checks it.
 */
let cheapHash: Promise<string> | undefined;
const fixtureHash = () => (cheapHash ??= hashPassword(PASSWORD, 1 << 10));
export type DeviceClient = Socket<DeviceServerToClient, DeviceClientToServer>;

export interface TestServer {
  url: string;
  app: App;
  deps: Deps;
  http: ReturnType<typeof request>;
  /** A session cookie for a fresh user with that role. */
  /** A fresh staff user of `role` (of `centreId`, or province-wide), signed in: its session cookie. */
  login(role: Role, centreId?: string | null): Promise<string>;
  /** Pair a device through the real flow and return its token. */
  pairDevice(opts?: { kind?: 'screen' | 'kiosk'; centreId?: string; group?: string | null }): Promise<{ deviceId: string; token: string }>;
  connectDevice(token: string): Promise<DeviceClient>;
  /** Publishes a playlist of `centreId` (by default Long Thành, one 10-s text item "item-1") to `targets`; its id. */
  publishPlaylist(opts?: { centreId?: string; targets?: string[]; items?: unknown[] }): Promise<string>;
  close(): Promise<void>;
}

/** The item publishPlaylist gives a playlist unless told otherwise. */
export const TEST_ITEM = { id: 'item-1', kind: 'text', title: 'Tin cải cách', durationMs: 10_000, heading: 'Tin', body: '' };

export function makeConfig(dataDir: string, over: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    publicUrl: undefined,
    adminPassword: undefined,
    logLevel: 'silent',
    maxUploadBytes: 1024 * 1024,
    uploadBytesPerDay: 2048 * 1024 * 1024,
    mediaStorageBytes: 50 * 1024 ** 3,
    catalogueDir: undefined,
    seedDemo: false,
    nodeId: 'test-node',
    databaseUrl: undefined,
    trustProxy: 'loopback',
    redisUrl: undefined,
    nodeHeartbeatMs: 5_000,
    redisPrefix: 'hcc',
    logHmacKey: undefined,
    retainImpressionsDays: 1830,
    retainCommentsDays: 365,
    clockOffsetMs: 0,
    cookieSecret: 'test-cookie-secret-of-at-least-32-chars',
    feedInternalHosts: [],
    limits: DEFAULT_LIMITS,
    ...over,
  };
}

/**
 * A fresh server on an ephemeral port over a fresh database: an SQLite file, or with HCC_TEST_DB=pg a
 * PostgreSQL schema of its own (migrated, with no rows: see createTestDatabase). Nothing is shared between tests.
 */
export async function startTestServer(over: Partial<Config> = {}, clock: () => Date = () => new Date()): Promise<TestServer> {
  const db = await createTestDatabase({ migrated: true });
  const config = makeConfig(db.dataDir, { databaseUrl: db.databaseUrl, ...over });
  const store = await openStore(config);
  const deps: Deps = { config, store, clock, log: pino({ level: 'silent' }) };
  await store.centres.upsert({ id: 'dn', kind: 'province', name: 'Tỉnh Đồng Nai', parentId: null, address: '', hotline: '1022' });
  await store.centres.upsert({ id: 'lt', kind: 'commune', name: 'Xã Long Thành', parentId: 'dn', address: '', hotline: '1022' });
  await store.centres.upsert({ id: 'ltan', kind: 'commune', name: 'Xã Lộc Tấn', parentId: 'dn', address: '', hotline: '1022' });
  const app = await createApp(deps);
  await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
  const http = request(url);
  const sockets: DeviceClient[] = [];

  const login = async (role: Role, centreId: string | null = null) => {
    const username = `${role}-${newId()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')}`;
    await store.users.create({ id: newId(), username, displayName: role, role, centreId, disabled: false, createdAt: new Date().toISOString(), passwordHash: await fixtureHash() });
    const res = await http.post('/api/auth/login').send({ username, password: PASSWORD }).expect(200);
    const cookie = res.headers['set-cookie']?.[0];
    if (!cookie) throw new Error('login set no cookie');
    return cookie.split(';')[0] as string;
  };

  let editorCookie: string | null = null;
  const pairDevice: TestServer['pairDevice'] = async (opts = {}) => {
    editorCookie ??= await login('editor');
    const ticket = (
      await http
        .post('/api/pairings')
        .send({ kind: opts.kind ?? 'screen' })
        .expect(201)
    ).body;
    await http
      .post('/api/pairings/approve')
      .set('Cookie', editorCookie)
      .send({ code: ticket.code, name: 'Test screen', centreId: opts.centreId ?? 'lt', group: opts.group ?? null })
      .expect(201);
    const claim = (await http.post(`/api/pairings/${ticket.pairingId}/claim`).send({ claimSecret: ticket.claimSecret }).expect(200)).body;
    return { deviceId: claim.deviceId, token: claim.token };
  };

  const publishPlaylist: TestServer['publishPlaylist'] = async (opts = {}) => {
    editorCookie ??= await login('editor');
    const id = (
      await http
        .post('/api/playlists')
        .set('Cookie', editorCookie)
        .send({ name: 'Sảnh', centreId: opts.centreId ?? 'lt', target: { centreIds: opts.targets ?? [opts.centreId ?? 'lt'] }, items: opts.items ?? [TEST_ITEM] })
        .expect(201)
    ).body.id as string;
    await http.post(`/api/playlists/${id}/publish`).set('Cookie', editorCookie).expect(201);
    return id;
  };

  const connectDevice = (token: string) =>
    new Promise<DeviceClient>((resolve, reject) => {
      const s: DeviceClient = connect(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
      sockets.push(s);
      s.once('connect', () => resolve(s));
      s.once('connect_error', reject);
    });

  return {
    url,
    app,
    deps,
    http,
    login,
    pairDevice,
    connectDevice,
    publishPlaylist,
    close: async () => {
      for (const s of sockets) s.disconnect();
      await app.close();
      await store.close();
      await db.drop();
    },
  };
}

/** A completed 10-second showing of item-1 of version 1, with a fresh id, unless told otherwise. */
export const makeShowing = (over: Pick<Impression, 'deviceId' | 'playlistId' | 'startedAt'> & Partial<Impression>): Impression => ({
  id: randomUUID(),
  itemId: 'item-1',
  playlistVersion: 1,
  durationMs: 10_000,
  completed: true,
  reason: 'completed',
  ...over,
});

/** A procedure of the catalogue, cấp xã, in field "Hộ tịch" unless told. */
export const makeProcedure = (code: string, name: string, field = 'Hộ tịch'): Procedure => ({
  code,
  name,
  level: ['xa'],
  field,
  agency: 'Ủy ban nhân dân cấp xã',
  decision: null,
  channels: [{ kind: 'truc_tiep', time: '03 ngày làm việc', fee: 'Miễn phí', description: null }],
  dossier: [],
  steps: [],
  requirements: null,
  legalBasis: [],
  result: null,
  portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1',
  source: { kind: 'manual', ref: 'test', flags: [] },
});

let itemSeq = 0;
export function makeItem(over: Partial<PlaylistItemInput> & { kind?: PlaylistItemInput['kind'] } = {}): PlaylistItemInput {
  itemSeq += 1;
  const base = { id: `item-${itemSeq}`, title: `Item ${itemSeq}`, durationMs: 8000 };
  const kind = over.kind ?? 'text';
  const byKind: Record<string, object> = {
    text: { kind: 'text', heading: 'Giờ làm việc', body: 'Thứ Hai – Thứ Sáu' },
    ticker: { kind: 'ticker', text: 'Nộp hồ sơ trực tuyến' },
    qr: { kind: 'qr', url: 'https://dichvucong.gov.vn/', caption: 'Cổng Dịch vụ công' },
  };
  return { ...base, ...(byKind[kind] ?? { kind }), ...over } as PlaylistItemInput;
}

export const waitFor = <T>(s: DeviceClient, event: keyof DeviceServerToClient, timeoutMs = 3000) =>
  new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ${String(event)} within ${timeoutMs} ms`)), timeoutMs);
    s.once(event, ((payload: T) => {
      clearTimeout(t);
      resolve(payload);
    }) as never);
  });

/**
 * emitWithAck, typed loosely on purpose: tests also send payloads the contract forbids. The timeout
 * only catches a lost ack; latency is the benches' business. 3 s was missed once on PostgreSQL while
 * the full suite loaded both cores, so it is generous.
 */
export const emitAck = (s: DeviceClient, event: string, payload: unknown) =>
  (s as unknown as Socket).timeout(10_000).emitWithAck(event, payload) as Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }>;

/**
 * A fresh server and a session of `role` for every test of a file; `ready` hands both over.
 * Call at the top level of a test file.
 */
export function useTestServer(role: Role, ready: (t: TestServer, cookie: string) => void, over: Partial<Config> = {}): void {
  let server: TestServer | null = null;
  beforeEach(async () => {
    server = await startTestServer(over);
    ready(server, await server.login(role));
  });
  afterEach(async () => server?.close());
}

/** Polls until `check` holds: for effects a socket handler writes after its event, with no ack to wait for. */
export async function until(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A supertest parser that keeps a binary answer (XLSX, DOCX, ZIP) whole, as a Buffer in `body`. */
export function bufferBody(res: SuperagentResponse, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
