import { get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { readRepoCrawlText } from '../src/catalogue/read-crawl';
import { ConfigError, loadConfig } from '../src/config/config';
import { DEFAULT_LIMITS } from '../src/security/limits';
import { startTestServer } from './fixtures';

describe('configuration', () => {
  it('has defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.dataDir).toMatch(/data$/);
  });
  it("believes a proxy's X-Forwarded-For only where one is said to be in front", () => {
    // A demo with no proxy: a header believed from loopback would let a local script pick its address per request.
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'http://10.0.0.5:8080' }).trustProxy).toBe(false);
    // Production behind its TLS proxy (nginx on the same host in the systemd layout).
    expect(loadConfig({ PUBLIC_URL: 'https://hcc.example.vn' }).trustProxy).toBe('loopback');
    expect(loadConfig({ PUBLIC_URL: 'https://hcc.example.vn', TRUST_PROXY: 'none' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, uniquelocal' }).trustProxy).toBe('loopback, uniquelocal');
  });

  it('changes only the bounds LIMITS names', () => {
    const c = loadConfig({ LIMITS: '{"device":{"rowsPerWindow":100000},"sockets":{"handshakesPerNetwork":5000}}' });
    expect(c.limits.device).toEqual({ ...DEFAULT_LIMITS.device, rowsPerWindow: 100_000 });
    expect(c.limits.sockets.handshakesPerNetwork).toBe(5000);
    expect(c.limits.login).toEqual(DEFAULT_LIMITS.login);
    expect(DEFAULT_LIMITS.device.rowsPerWindow).toBe(30_000);
  });
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ SEED_DEMO: 'yes' }, 'SEED_DEMO'],
    [{ FEED_INTERNAL_HOSTS: '10.0.0.0/99' }, 'FEED_INTERNAL_HOSTS'],
    [{ FEED_INTERNAL_HOSTS: 'motcua.local; rm -rf' }, 'FEED_INTERNAL_HOSTS'],
    [{ LIMITS: '{"device":{"rowsPerWindow":-1}}' }, 'LIMITS'],
    [{ LIMITS: '{"device":{"rowsPerHour":5}}' }, 'LIMITS'],
    [{ LIMITS: '{"nosuch":{}}' }, 'LIMITS'],
    [{ LIMITS: 'device.rowsPerWindow=5' }, 'LIMITS'],
  ])('stops on %j, naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}=`));
  });
});

describe('health and headers', () => {
  it('answers /healthz and /readyz, with security headers', async () => {
    const t = await startTestServer();
    try {
      const res = await t.http.get('/healthz').expect(200);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("style-src 'self';");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
      await t.http.get('/readyz').expect(200);
      await t.deps.store.close();
      expect((await t.http.get('/readyz')).status).toBe(503);
    } finally {
      await t.close();
    }
  });

  it('sends HSTS only over HTTPS, for this host alone', async () => {
    const t = await startTestServer();
    try {
      expect((await t.http.get('/healthz').expect(200)).headers['strict-transport-security']).toBeUndefined();
      const viaProxy = await t.http.get('/healthz').set('X-Forwarded-Proto', 'https').expect(200);
      expect(viaProxy.headers['strict-transport-security']).toBe('max-age=31536000');
    } finally {
      await t.close();
    }
  });

  it('answers an address outside the API and the apps with the JSON error every other refusal has', async () => {
    const t = await startTestServer();
    try {
      for (const path of ['/nope', '/media/', '/display/..%5c..%5cpackage.json']) {
        const res = await t.http.get(path).expect(404);
        expect(res.headers['content-type'], path).toMatch(/^application\/json/);
        expect(res.body, path).toMatchObject({ code: 'not_found', message: expect.stringContaining('Không có trang') });
      }
    } finally {
      await t.close();
    }
  });

  it('answers a request past the header limit with a readable 431, and keeps serving', async () => {
    const t = await startTestServer();
    try {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        get(`${t.url}/api/audit?q=${'x'.repeat(20_000)}`, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        }).on('error', reject);
      });
      expect(answer.status).toBe(431);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'too_large', message: expect.stringMatching(/too long/) });
      await t.http.get('/healthz').expect(200);
    } finally {
      await t.close();
    }
  });
});

/** The raw response: its headers and the bytes on the wire, undecoded. */
const raw = (url: string, headers: Record<string, string>) =>
  new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: number; status: number }>((resolve, reject) => {
    get(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ headers: res.headers, bytes, status: res.statusCode ?? 0 }));
    }).on('error', reject);
  });

describe('compression and the icon', () => {
  it('compresses API answers with brotli or gzip as the client accepts; answers /favicon.ico', async () => {
    const t = await startTestServer();
    try {
      const admin = await t.login('admin');
      const crawl = (await readRepoCrawlText()).split('\n').slice(0, 200).join('\n');
      await t.http.post('/api/catalogue/import?name=crawl.jsonl').set('Cookie', admin).set('Content-Type', 'application/octet-stream').send(Buffer.from(crawl)).expect(200);
      const url = `${t.url}/api/procedures/index`;
      const plain = await raw(url, {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.bytes).toBeGreaterThan(20_000);
      const br = await raw(url, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.bytes).toBeLessThan(plain.bytes / 3);
      const gz = await raw(url, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.bytes).toBeLessThan(plain.bytes / 3);

      const icon = await raw(`${t.url}/favicon.ico`, {});
      expect(icon.status).toBe(200);
      expect(icon.headers['content-type']).toBe('image/x-icon');
      expect(icon.headers['cache-control']).toMatch(/max-age=31536000/);
      expect(icon.headers['x-content-type-options']).toBe('nosniff');
      expect(icon.headers['content-security-policy']).toBe("default-src 'none'");
      const body = (await t.http.get('/favicon.ico').buffer(true)).body as Buffer;
      expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO header
    } finally {
      await t.close();
    }
  });
});
