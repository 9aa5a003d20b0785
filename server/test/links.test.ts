import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLink } from '../src/links/routes';
import { InternalAddressError, isPublicAddress } from '../src/links/public-address';
import { type TestServer, useTestServer } from './fixtures';

let t: TestServer;
let editor: string;
useTestServer('editor', (server, cookie) => {
  t = server;
  editor = cookie;
});

const check = (url: string, cookie = editor) => t.http.post('/api/links/check').set('Cookie', cookie).send({ url });

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});
/** A web server on `host` (any of 127.0.0.0/8 reaches this machine), answering with `handle`. */
async function serve(host: string, handle: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handle);
  servers.push(s);
  await new Promise<void>((resolve) => s.listen(0, host, resolve));
  return `http://${host}:${(s.address() as AddressInfo).port}`;
}
const freePort = async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
};

/**
 * The HTTP mechanics are tested against servers on 127.0.0.2, which these tests (only) let the check
 * call, standing in for the Internet; 127.0.0.1 stays internal, as every loopback address is in use.
 */
const outside = { isAllowed: (ip: string) => ip === '127.0.0.2' };

describe('link check for QR items', () => {
  it('calls a live page reachable, a closed port or a 404 dead with the reason, and follows redirects', async () => {
    const site = await serve('127.0.0.2', (req, res) => {
      if (req.url === '/moved') return void res.writeHead(302, { Location: '/ok' }).end();
      res.writeHead(req.url === '/ok' ? 200 : 404).end();
    });
    expect(await checkLink(`${site}/ok`, outside)).toEqual({ reachable: true, status: 200 });
    expect(await checkLink(`${site}/moved`, outside)).toEqual({ reachable: true, status: 200 });
    expect(await checkLink(`${site}/no-such-page`, outside)).toEqual({ reachable: false, reason: 'the server answered 404' });
    expect(await checkLink(`http://127.0.0.2:${await freePort()}/`, outside)).toEqual({ reachable: false, reason: 'ECONNREFUSED' });
  });

  it('retries with GET when a server refuses HEAD, and accepts tel: links without calling', async () => {
    const headless = await serve('127.0.0.2', (req, res) => res.writeHead(req.method === 'HEAD' ? 405 : 200).end('ok'));
    expect(await checkLink(`${headless}/`, outside)).toEqual({ reachable: true, status: 200 });
    expect((await check('tel:1022').expect(200)).body).toEqual({ reachable: true, status: null });
  });

  it('refuses internal addresses, named or literal, the same whether anything answers there or not', async () => {
    const listening = new URL(t.url).port;
    const closed = await freePort();
    const refused = async (url: string) => {
      const res = await check(url).expect(400);
      expect(res.body.code).toBe('validation');
      expect(res.body.message).toMatch(/internal address/);
      return res.body.message.replace(/\(.*\)/, '');
    };
    for (const port of [listening, closed]) {
      // The server itself, by address and by name; the same loopback written other ways.
      const messages = await Promise.all(
        [
          `http://127.0.0.1:${port}/healthz`,
          `http://localhost:${port}/`,
          `http://app.localhost:${port}/`,
          `http://localhost.:${port}/`,
          `http://[::1]:${port}/`,
          `http://0x7f.1:${port}/`,
          `http://2130706433:${port}/`,
          `http://[::ffff:127.0.0.1]:${port}/`,
        ].map(refused),
      );
      expect(new Set(messages).size).toBe(1);
    }
    // Cloud metadata, private ranges, carrier-grade NAT, unspecified.
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://172.16.5.4/',
      'https://192.168.1.1/',
      'http://100.64.0.1/',
      'http://0.0.0.0/',
      'http://[fe80::1]/',
      'http://[fd00::1]/',
    ])
      await refused(url);
  });

  it('refuses a redirect into the internal network, by address or by name, without calling it', async () => {
    let inside = 0;
    const internal = await serve('127.0.0.1', (_req, res) => {
      inside += 1;
      res.writeHead(200).end('secret');
    });
    const port = new URL(internal).port;
    const site = await serve('127.0.0.2', (req, res) => res.writeHead(302, { Location: req.url === '/by-name' ? `http://localhost:${port}/` : `${internal}/admin` }).end());
    await expect(checkLink(`${site}/by-address`, outside)).rejects.toBeInstanceOf(InternalAddressError);
    await expect(checkLink(`${site}/by-name`, outside)).rejects.toBeInstanceOf(InternalAddressError);
    expect(inside).toBe(0);
  });

  it("counts only global unicast addresses as public, and never this machine's own", () => {
    for (const ip of ['8.8.8.8', '14.225.7.10', '2001:4860:4860::8888']) expect(isPublicAddress(ip, new Set())).toBe(true);
    const internal = [
      '127.0.0.1',
      '127.8.8.8',
      '10.1.2.3',
      '172.31.255.255',
      '192.168.0.10',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '198.18.0.1',
      '::',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:10.0.0.1',
      '::ffff:127.0.0.1',
      '64:ff9b::a00:1',
      '2002:a00:1::1',
      'not-an-ip',
    ];
    for (const ip of internal) expect([ip, isPublicAddress(ip, new Set())]).toEqual([ip, false]);
    expect(isPublicAddress('14.225.7.10', new Set(['14.225.7.10']))).toBe(false);
  });

  it('refuses other schemes and non-editors', async () => {
    expect((await check('javascript:alert(1)').expect(400)).body.code).toBe('validation');
    await check('tel:1022', await t.login('viewer')).expect(403);
  });
});
