import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, networkOf, siteOf } from '../src/security/limits';
import { Turns } from '../src/security/turns';
import { PASSWORD, startTestServer, type TestServer } from './fixtures';

let t: TestServer | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
  t = null;
});
const start = async (login: Partial<typeof DEFAULT_LIMITS.login> = {}, over = {}) => {
  t = await startTestServer({ limits: { ...DEFAULT_LIMITS, login: { ...DEFAULT_LIMITS.login, ...login } }, ...over });
  return t;
};
const usernameOf = async (s: TestServer, cookie: string) => (await s.http.get('/api/auth/me').set('Cookie', cookie)).body.user.username as string;
/** Counts the sign-in checks holding a turn at the same moment, from here on. */
function heldAtOnce(): { max: number } {
  const held = { now: 0, max: 0 };
  const start = Turns.prototype.start;
  vi.spyOn(Turns.prototype, 'start').mockImplementation(async function (this: Turns, key: string) {
    const end = await start.call(this, key);
    if (!end) return end;
    held.max = Math.max(held.max, ++held.now);
    let ended = false;
    return () => {
      if (!ended) held.now -= 1;
      ended = true;
      end();
    };
  });
  return held;
}
const attempt = (s: TestServer, username: string, password: string, ip = '198.51.100.1') => s.http.post('/api/auth/login').set('X-Forwarded-For', ip).send({ username, password });

describe('sign-in limits', () => {
  it('counts "  Admin", "ADMIN" and full-width letters as the one account they sign in to', async () => {
    const s = await start();
    const name = await usernameOf(s, await s.login('admin'));
    const spellings = [`  ${name}`, name.toUpperCase(), `${name}\t`, ` ${name.toUpperCase()} `, name.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))];
    for (const typed of spellings) await attempt(s, typed, 'wrong password').expect(401);
    const locked = await attempt(s, name, PASSWORD).expect(429);
    expect(locked.body.message).toMatch(/try again in \d+ minute/);
    // Padded, the right password still works once the lock is over: the look-up and the limit agree.
    await attempt(s, `  ${name}`, PASSWORD, '198.51.100.99').expect(200);
  });

  it('locks one address guessing across accounts, and blocks an address spraying many accounts', async () => {
    const s = await start({ perAddress: 6, sprayAccounts: 4 });
    const victim = await usernameOf(s, await s.login('editor'));
    // Spraying: one guess each on many names from one address.
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt(s, `staff${i}`, 'Matkhau@123', '203.0.113.5')).status);
    expect(codes).toEqual([401, 401, 401, 401, 429]);
    expect((await attempt(s, victim, PASSWORD, '203.0.113.5')).status).toBe(429);
    // Another address is not held to it.
    await attempt(s, victim, PASSWORD, '203.0.113.6').expect(200);
    // The per-address bound: wrong guesses on a few names, repeated.
    const more: number[] = [];
    for (let i = 0; i < 7; i++) more.push((await attempt(s, i % 2 ? 'a.b' : 'c.d', 'nope nope', '192.0.2.7')).status);
    expect(more.slice(0, 6).every((c) => c === 401)).toBe(true);
    expect(more[6]).toBe(429);
  });

  it('slows one account guessed from many addresses', async () => {
    const s = await start({ perAccount: 6 });
    const victim = await usernameOf(s, await s.login('admin'));
    for (let i = 0; i < 6; i++) await attempt(s, victim, 'wrong wrong', `10.0.${i}.1`).expect(401);
    await attempt(s, victim, PASSWORD, '10.9.9.9').expect(429);
  });

  it('checks a burst of guesses sent together no faster than one after another', async () => {
    const s = await start();
    const { checkingPerNetwork, checking, perAccountAddress } = DEFAULT_LIMITS.login;
    const checked = (answers: { status: number }[]) => answers.filter((r) => r.status === 401).length;
    // Unknown names are checked against a full-cost hash: each guess is real work for the server.
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(s, 'nobody-here', `guess number ${i}`, '198.51.100.7')));
    // The checks take turns, so the lock on the name falls after a few, as one after another.
    expect(checked(burst)).toBeGreaterThanOrEqual(perAccountAddress);
    expect(checked(burst)).toBeLessThan(perAccountAddress + checkingPerNetwork);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(20 - checked(burst));
    // Two colleagues behind one address signing in together both get in: the second waits its turn.
    const [a, b] = [await usernameOf(s, await s.login('viewer')), await usernameOf(s, await s.login('editor'))];
    await Promise.all([attempt(s, a, PASSWORD, '198.51.100.8').expect(200), attempt(s, b, PASSWORD, '198.51.100.8').expect(200), attempt(s, a, PASSWORD, '198.51.100.8').expect(200)]);
    // Spread over many networks, a burst holds at most `checking` of the server's hashing at once. Counted
    // as turns held together, not as answers: on a busy machine the late requests of a burst rightly find
    // a turn freed by an early one.
    const held = heldAtOnce();
    const wide = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(s, `nobody-${i}`, 'a guess at it', `203.0.${i}.9`)));
    expect(held.max).toBeLessThanOrEqual(checking);
    const refused = wide.filter((r) => r.status === 429);
    expect(checked(wide) + refused.length).toBe(20);
    // A guess is refused only when every turn was taken, and is told to come back in a second.
    if (refused.length > 0) expect(held.max).toBe(checking);
    expect(refused.map((r) => r.headers['retry-after'])).toEqual(refused.map(() => '1'));
  });

  it('answers an unknown name as slowly as a known one, so timing tells nobody who exists', async () => {
    const s = await start({ perAccountAddress: 100, perAccount: 100, perAddress: 100, sprayAccounts: 100 });
    // Made through the API, so its hash has the production cost (the fixture's users have a cheap one).
    const known = 'known.viewer';
    const admin = await s.login('admin');
    await s.http.post('/api/users').set('Cookie', admin).send({ username: known, displayName: 'Viewer', role: 'viewer', password: PASSWORD }).expect(201);
    await attempt(s, 'warm.up', 'x'); // the dummy hash is made on first need
    const time = async (username: string) => {
      const started = performance.now();
      await attempt(s, username, 'wrong password').expect(401);
      return performance.now() - started;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      knownMs.push(await time(known));
      unknownMs.push(await time(`nobody.${i}`));
    }
    // Both pay the same scrypt: the unknown name within a factor of the known one (before: ~10 vs ~350 ms).
    expect(median(unknownMs)).toBeGreaterThan(median(knownMs) * 0.6);
  });
});

describe('session cookie', () => {
  it('answers a malformed session cookie with 401 on every staff route, never 500', async () => {
    const s = await start();
    for (const path of ['/api/auth/me', '/api/users', '/api/devices', '/api/playlists', '/api/audit']) {
      const res = await s.http.get(path).set('Cookie', 'hcc_sid=%E0%A4%A');
      expect(res.status, path).toBe(401);
      expect(res.body.code).toBe('unauthorized');
    }
    await s.http.post('/api/emergencies').set('Cookie', 'hcc_sid=%E0%A4%A').send({ text: 'x', durationMinutes: 5 }).expect(401);
  });

  it('is Secure behind a trusted https proxy, and not over plain http', async () => {
    const s = await start();
    const name = await usernameOf(s, await s.login('viewer'));
    const cookieOf = async (proto?: string) => {
      const r = s.http.post('/api/auth/login');
      return String((await (proto ? r.set('X-Forwarded-Proto', proto) : r).send({ username: name, password: PASSWORD }).expect(200)).headers['set-cookie']?.[0]);
    };
    expect(await cookieOf('https')).toMatch(/;\s*Secure/i);
    expect(await cookieOf()).not.toMatch(/;\s*Secure/i);
  });

  it('does not believe X-Forwarded-Proto from a proxy TRUST_PROXY does not name', async () => {
    const s = await start({}, { trustProxy: '10.0.0.1' });
    const name = await usernameOf(s, await s.login('viewer'));
    const raw = String((await s.http.post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ username: name, password: PASSWORD }).expect(200)).headers['set-cookie']?.[0]);
    expect(raw).not.toMatch(/;\s*Secure/i);
  });
});

describe('staff socket origin', () => {
  it('refuses a console socket opened by another site’s page, and takes its own and programs', async () => {
    const s = await start();
    const cookie = await s.login('viewer');
    const open = (origin?: string) =>
      new Promise<string>((resolve) => {
        const sock = connect(`${s.url}/staff`, { extraHeaders: { cookie, ...(origin ? { origin } : {}) }, transports: ['websocket'], reconnection: false, forceNew: true });
        sock.once('connect', () => {
          sock.disconnect();
          resolve('ok');
        });
        sock.once('connect_error', (err) => resolve(err.message));
      });
    expect(await open('https://evil.example')).toBe('forbidden');
    expect(await open('null')).toBe('forbidden');
    expect(await open(s.url)).toBe('ok');
    expect(await open()).toBe('ok');
  });
});

describe('networkOf', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:203.0.113.77', '203.0.113.0/24'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s is on %s', (ip, net) => expect(networkOf(ip)).toBe(net));

  it.each([
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1::/48'],
    ['2001:0db8:00ab:ffff::1', '2001:db8:ab::/48'],
    ['::1', '0:0:0::/48'],
    ['203.0.113.77', null],
    ['::ffff:203.0.113.77', null],
  ])('%s is in the site %s', (ip, site) => expect(siteOf(ip)).toBe(site));
});
