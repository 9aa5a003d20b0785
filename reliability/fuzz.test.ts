import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ClientEventSchemas } from '@hcc/shared/events';
import { sniffMediaType } from '@hcc/shared/media/sniff';
import { ErrorBodySchema } from '@hcc/shared/schemas/common';
import fc from 'fast-check';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { MAX_SOCKET_MESSAGE_BYTES } from '../server/src/realtime/io';
import { type DeviceClient, startTestServer, type TestServer } from '../server/test/fixtures';
import { record } from './figures';
import { type As, bodyTargets, type Method, paramTargets, QUERY_TARGETS, socketSamples } from './fuzz-targets';
import { junkQuery, junkSegment, malformedJson, malformedPayload, nastyValue, oddBodies, POLLUTION_MARK } from './malformed';
import { rawRequest, type RawAnswer } from './raw-request';
import { snapshotStore } from './store-snapshot';
import { FAKE_JPEG, seedWorld, type World } from './world';

/** Printed so that a failing run can be repeated exactly: FUZZ_SEED=<seed> npx vitest run --project reliability reliability/fuzz.test.ts */
const SEED = Number(process.env['FUZZ_SEED'] || Math.floor(Math.random() * 2 ** 31));
console.info(`fuzz seed ${SEED}`);

let t: TestServer;
let w: World;
let device: DeviceClient;
let staff: Socket;
let at: string;
let before: Awaited<ReturnType<typeof snapshot>>;
const mediaFiles = () => readdirSync(path.join(t.deps.config.dataDir, 'media'), { recursive: true }).map(String).sort();
const snapshot = async () => ({ store: await snapshotStore(t.deps.store, at), files: mediaFiles() });

beforeAll(async () => {
  t = await startTestServer();
  w = await seedWorld(t);
  device = await t.connectDevice(w.screen.token);
  staff = connect(`${t.url}/staff`, { extraHeaders: { cookie: w.admin }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => staff.once('connect', () => resolve()).once('connect_error', reject));
  at = new Date().toISOString();
  before = await snapshot();
});
afterAll(async () => {
  staff?.disconnect();
  await t?.close();
});

/** Per route group: inputs tried, inputs refused as they should be, and what went wrong otherwise. */
const tally = new Map<string, { tried: number; passed: number; failures: string[] }>();
function count(group: string, input: string, problem: string | null): void {
  const g = tally.get(group) ?? { tried: 0, passed: 0, failures: [] };
  g.tried += 1;
  if (problem) g.failures.push(`${input.slice(0, 300)} → ${problem}`);
  else g.passed += 1;
  tally.set(group, g);
}
const failures = () => [...tally.entries()].flatMap(([g, c]) => c.failures.map((f) => `${g}: ${f}`));

/**
 * Each target draws from its own seed, derived from a label free of the world's random ids, so a seed
 * repeats the same inputs (up to those ids) and one target's inputs do not shift when another changes.
 */
const draw = <T>(label: string, arb: fc.Arbitrary<T>, numRuns: number) => fc.sample(arb, { seed: (SEED ^ [...label].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)) >>> 0, numRuns });

const tryJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
/** Null when the answer is a proper refusal: a 4xx carrying the shared { code, message } envelope. */
function refusalProblem(a: RawAnswer): string | null {
  if (a.status < 400 || a.status >= 500) return `answered ${a.status} ${a.text.slice(0, 200)}`;
  return ErrorBodySchema.safeParse(tryJson(a.text)).success ? null : `${a.status} without the error envelope: ${a.text.slice(0, 200)}`;
}
/** For inputs that may be valid: anything but a 5xx, and any refusal in the envelope. */
const crashProblem = (a: RawAnswer) => (a.status < 400 ? null : a.status >= 500 ? `answered ${a.status}` : refusalProblem(a));

const auth = (as: As = 'admin'): Record<string, string> => (as === 'admin' ? { cookie: w.admin } : { authorization: `Bearer ${(as === 'kiosk' ? w.kiosk : w.screen).token}` });
async function send(method: Method, p: string, opts: { as?: As; type?: string; body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<RawAnswer | string> {
  const headers = { ...auth(opts.as), ...(opts.type ? { 'content-type': opts.type } : {}), ...opts.headers };
  return rawRequest(t.url, { method, path: p, headers, body: opts.body }).catch((err: Error) => err.message);
}
const judge = (a: RawAnswer | string, check = refusalProblem) => (typeof a === 'string' ? a : check(a));

it('refuses JSON bodies broken from the shared schemas on every route that reads one', async () => {
  for (const [i, b] of bodyTargets(w).entries()) {
    expect(b.schema.safeParse(b.sample).success, `the sample for ${b.method} ${b.path} must be valid`).toBe(true);
    for (const text of draw(`body ${i}`, malformedJson(b.schema, b.sample), 16)) {
      count(b.group, `${b.method} ${b.path} ${text ?? '(no body)'}`, judge(await send(b.method, b.path, { as: b.as, type: 'application/json', body: text })));
    }
  }
});

it('refuses broken JSON, other content types and unreadable encodings on the same routes', async () => {
  for (const [i, b] of bodyTargets(w).entries()) {
    // Without a JSON body a handler parses {}: the refusal below relies on no body schema accepting it.
    expect(b.schema.safeParse({}).success, `${b.method} ${b.path} accepts an empty body`).toBe(false);
    for (const odd of draw(`odd ${i}`, oddBodies(JSON.stringify(b.sample)), 5)) {
      const headers: Record<string, string> = odd.encoding ? { 'content-encoding': odd.encoding } : {};
      count(b.group, `${b.method} ${b.path} as ${odd.type} ${odd.encoding ?? ''} ${odd.body}`, judge(await send(b.method, b.path, { as: b.as, type: odd.type, body: odd.body, headers })));
    }
  }
});

/** Inputs that may happen to be valid: the check is only that none brings a 5xx. */
const READS = 'reads with junk in their own query keys';

it('refuses queries with unknown keys, and no junk in a known key brings a 5xx', async () => {
  for (const q of QUERY_TARGETS) {
    for (const query of draw(`query ${q.path}`, junkQuery(q.keys), 10)) {
      count(q.group, `${q.method} ${q.path}?${query}`, judge(await send(q.method, `${q.path}?${query}`, { body: q.method === 'GET' ? undefined : 'x' })));
    }
    // The import would act on a valid query; only the reads get junk in their own keys alone.
    if (q.method !== 'GET') continue;
    for (const query of draw(`known ${q.path}`, junkQuery(q.keys, false), 6)) {
      count(READS, `${q.path}?${query}`, judge(await send(q.method, `${q.path}?${query}`), crashProblem));
    }
  }
});

it('refuses malformed path parameters', async () => {
  for (const p of paramTargets(w)) {
    for (const segment of draw(`param ${p.method} ${p.path}`, junkSegment(p.schema, p.siblings), 5)) {
      const url = p.path.replace(':x', segment);
      const body = p.body === undefined ? undefined : JSON.stringify(p.body);
      count(p.group, `${p.method} ${url}`, judge(await send(p.method, url, { type: body ? 'application/json' : undefined, body })));
    }
  }
});

const multipart = (field: string, content: Buffer) =>
  Buffer.concat([
    Buffer.from(`--fuzzBoundary\r\nContent-Disposition: form-data; name="${field}"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`),
    content,
    Buffer.from('\r\n--fuzzBoundary--\r\n'),
  ]);
const notMedia = fc
  .uint8Array({ minLength: 0, maxLength: 300 })
  .map((a) => Buffer.from(a))
  .filter((b) => sniffMediaType(b.subarray(0, 64)) === null);

it('refuses junk uploads: files of no served type, broken multipart, posters that are not JPEG', async () => {
  const whole = multipart('file', FAKE_JPEG);
  const uploads = fc.oneof(
    notMedia.map((b) => ({ type: 'multipart/form-data; boundary=fuzzBoundary', body: multipart('file', b) })),
    notMedia.map((b) => ({ type: 'multipart/form-data; boundary=fuzzBoundary', body: multipart('other', b) })),
    // Cut anywhere before the delimiter that ends the file: the form is incomplete, whatever busboy has read.
    fc.nat(whole.indexOf('\r\n--fuzzBoundary--')).map((n) => ({ type: 'multipart/form-data; boundary=fuzzBoundary', body: whole.subarray(0, n) })),
    fc.constantFrom('multipart/form-data', 'application/json', 'image/png').map((type) => ({ type, body: multipart('file', FAKE_JPEG) })),
  );
  for (const u of draw('upload', uploads, 20)) {
    count('media', `POST /api/media as ${u.type}: ${u.body.toString('latin1')}`, judge(await send('POST', '/api/media', { type: u.type, body: u.body })));
  }
  for (const body of draw(
    'poster',
    fc
      .uint8Array({ maxLength: 300 })
      .map((a) => Buffer.from(a))
      .filter((b) => !FAKE_JPEG.subarray(0, 3).equals(b.subarray(0, 3))),
    10,
  )) {
    count('media', `PUT poster ${body.toString('hex')}`, judge(await send('PUT', `/api/media/${w.videoId}/poster`, { type: 'image/jpeg', body })));
  }
});

/** The answer a socket gives an event, or why there was none. */
const ask = (s: Socket | DeviceClient, event: string, payload: unknown) =>
  (s as Socket)
    .timeout(3000)
    .emitWithAck(event, payload)
    .then(
      (ack: unknown) => ack,
      (err: Error) => err.message,
    );
const ackProblem = (ack: unknown) => {
  const a = z.object({ ok: z.literal(false), error: ErrorBodySchema }).safeParse(ack);
  return a.success ? null : `acked ${JSON.stringify(ack)?.slice(0, 200)}`;
};
const RESERVED = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'];
/**
 * Under the server's frame cap however a string is escaped: a NUL is six bytes of JSON ("\u0000"),
 * and the rest of a sample payload is well under the margin.
 */
const socketNasty = nastyValue(Math.floor((MAX_SOCKET_MESSAGE_BYTES - 64 * 1024) / 6));

it('answers socket payloads broken from the event schemas with an error ack', async () => {
  const samples = socketSamples(w);
  for (const [event, schema] of Object.entries(ClientEventSchemas)) {
    for (const payload of draw(`socket ${event}`, malformedPayload(schema, samples[event as keyof typeof samples], socketNasty), 30)) {
      count('socket: device', `${event} ${JSON.stringify(payload)}`, ackProblem(await ask(device, event, payload)));
    }
  }
  const unknownEvent = fc.string({ minLength: 1, maxLength: 30 }).filter((e) => !RESERVED.includes(e) && !(e in ClientEventSchemas));
  for (const [event, payload] of draw('socket unknown', fc.tuple(unknownEvent, socketNasty), 15)) {
    count('socket: device', `unknown ${event}`, ackProblem(await ask(device, event, payload)));
    count('socket: staff', `unknown ${event}`, ackProblem(await ask(staff, event, payload)));
  }
  // Over the frame cap the server drops that connection rather than answering it.
  const big = await t.connectDevice(w.otherScreen.token);
  const dropped = new Promise<string>((resolve) => big.once('disconnect', resolve));
  (big as unknown as Socket).emit('device:heartbeat', 'x'.repeat(MAX_SOCKET_MESSAGE_BYTES + 1024));
  const outcome = await Promise.race([dropped, new Promise<string>((resolve) => setTimeout(resolve, 3000, 'still connected'))]);
  count('socket: device', 'a frame over the cap', outcome === 'still connected' ? 'the connection stayed open' : null);
  expect(device.connected && staff.connected, 'the fuzzing sockets were not dropped').toBe(true);
});

it('stays alive, writes nothing and pollutes no prototype', async () => {
  for (const [group, c] of tally) {
    const check = group === READS ? `${READS}: never a 5xx` : `${group}: malformed input refused`;
    record(import.meta.filename, { area: 'Fuzzing', check, tried: c.tried, passed: c.passed, note: `seed ${SEED}` });
  }
  expect((await rawRequest(t.url, { method: 'GET', path: '/healthz' })).status).toBe(200);
  expect(POLLUTION_MARK in Object.prototype).toBe(false);
  // The inputs that went wrong first: they name what a changed store below would not.
  expect(failures()).toEqual([]);
  expect(await snapshot()).toEqual(before);
  const total = [...tally.values()].reduce((n, c) => n + c.tried, 0);
  expect(total).toBeGreaterThanOrEqual(500);
});
