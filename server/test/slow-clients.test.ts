import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/security/limits';
import { type TestServer, useTestServer } from './fixtures';

let t: TestServer;
// Loopback is not a trusted proxy here, so the test's own connections are a client's.
useTestServer('viewer', (server) => (t = server), { trustProxy: '192.0.2.1', limits: { ...DEFAULT_LIMITS, connections: { perAddress: 5, headersTimeoutS: 1 } } });

const open = () =>
  new Promise<Socket>((resolve, reject) => {
    const { port } = new URL(t.url);
    const s = connect(Number(port), '127.0.0.1', () => resolve(s)).once('error', reject);
  });
/** Resolves with what the server sent before it closed the connection. */
const closed = (s: Socket) =>
  new Promise<string>((resolve) => {
    let got = '';
    s.on('data', (d: Buffer) => (got += d.toString()));
    s.once('close', () => resolve(got));
  });

describe('clients that hold connections without asking anything', () => {
  it('one address gets a bounded number of connections; the next is closed, and room comes back', async () => {
    const held = await Promise.all(Array.from({ length: 5 }, open));
    const extra = await open();
    expect(await closed(extra)).toBe('');
    held[0]?.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await open();
    again.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(await closed(again)).toMatch(/^HTTP\/1\.1 200/);
    for (const s of held) s.destroy();
  });

  it('a request whose headers trickle in is dropped at its bound, not after a minute', async () => {
    const s = await open();
    const ended = closed(s);
    const started = Date.now();
    s.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    const drip = setInterval(() => s.writable && s.write('X-Slow: 1\r\n'), 300);
    const answer = await ended;
    clearInterval(drip);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // 1 s allowed, checked every 5 s.
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 15_000);
});
