import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type TestServer, useTestServer } from './fixtures';

let t: TestServer;
let editor: string;
useTestServer('editor', (server, cookie) => {
  t = server;
  editor = cookie;
});

const check = (url: string, cookie = editor) => t.http.post('/api/links/check').set('Cookie', cookie).send({ url });

describe('link check for QR items', () => {
  it('calls a live page reachable and a closed port or a 404 dead, with the reason', async () => {
    expect((await check(`${t.url}/healthz`).expect(200)).body).toEqual({ reachable: true, status: 200 });
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    expect((await check(`http://127.0.0.1:${port}/`).expect(200)).body).toEqual({ reachable: false, reason: 'ECONNREFUSED' });
    expect((await check(`${t.url}/no-such-page`).expect(200)).body).toEqual({ reachable: false, reason: 'the server answered 404' });
  });

  it('retries with GET when a server refuses HEAD, and accepts tel: links without calling', async () => {
    const headless = createServer((req, res) => res.writeHead(req.method === 'HEAD' ? 405 : 200).end('ok'));
    await new Promise<void>((resolve) => headless.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(headless.address() as AddressInfo).port}/`;
      expect((await check(url).expect(200)).body).toEqual({ reachable: true, status: 200 });
    } finally {
      headless.close();
    }
    expect((await check('tel:1022').expect(200)).body).toEqual({ reachable: true, status: null });
  });

  it('refuses other schemes and non-editors', async () => {
    expect((await check('javascript:alert(1)').expect(400)).body.code).toBe('validation');
    await check(`${t.url}/healthz`, await t.login('viewer')).expect(403);
  });
});
