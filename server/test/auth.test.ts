import { io as connect } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_TTL_MS } from '../src/auth/session';
import { PASSWORD, startTestServer, type TestServer } from './fixtures';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => t.close());

describe('staff sign-in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and knows the user', async () => {
    const cookie = await t.login('editor');
    const me = await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.user.role).toBe('editor');
    expect(me.body.user).not.toHaveProperty('passwordHash');
    const raw = (await t.http.post('/api/auth/login').send({ username: me.body.user.username, password: PASSWORD })).headers['set-cookie']?.[0] ?? '';
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Strict/i);
  });

  it('refuses a wrong password with a readable message', async () => {
    const cookie = await t.login('viewer');
    const username = (await t.http.get('/api/auth/me').set('Cookie', cookie)).body.user.username;
    const res = await t.http.post('/api/auth/login').send({ username, password: 'not the password' }).expect(401);
    expect(res.body).toMatchObject({ code: 'unauthorized', message: 'Wrong username or password.' });
  });

  it('locks out after five failures, even for the right password', async () => {
    const cookie = await t.login('viewer');
    const username = (await t.http.get('/api/auth/me').set('Cookie', cookie)).body.user.username;
    for (let i = 0; i < 5; i++) await t.http.post('/api/auth/login').send({ username, password: 'wrong-wrong' }).expect(401);
    const res = await t.http.post('/api/auth/login').send({ username, password: PASSWORD }).expect(429);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body.code).toBe('rate_limited');
  });

  it('ends the session on logout', async () => {
    const cookie = await t.login('admin');
    await t.http.post('/api/auth/logout').set('Cookie', cookie).expect(200);
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
  });

  it('refuses a staff change sent from another site’s page, and takes one from its own', async () => {
    const cookie = await t.login('editor');
    const show = (origin: string) => t.http.post('/api/emergencies').set('Cookie', cookie).set('Origin', origin).send({ text: 'Tạm dừng', durationMinutes: 5 });
    expect((await show('https://evil.example').expect(403)).body.message).toContain('Cross-site');
    await show(t.url).expect(201);
  });

  it('stores passwords only as scrypt hashes, at the production cost', async () => {
    const admin = await t.login('admin');
    const made = await t.http.post('/api/users').set('Cookie', admin).send({ username: 'new.viewer', displayName: 'Viewer', role: 'viewer', password: PASSWORD }).expect(201);
    const stored = await t.deps.store.users.get(made.body.id);
    // scrypt$N$r$p$salt$key, N = 2^15 (about 32 MiB per guess).
    expect(stored?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored?.passwordHash).not.toContain(PASSWORD);
  });
});

describe('the console’s live socket ends with its session', () => {
  /** A /staff socket opened with `cookie`: resolves once it is closed by the server. */
  const openStaff = (url: string, cookie: string) =>
    new Promise<{ closed: Promise<string> }>((resolve, reject) => {
      const s = connect(`${url}/staff`, { extraHeaders: { cookie }, transports: ['websocket'], reconnection: false, forceNew: true });
      const closed = new Promise<string>((done) => s.once('disconnect', done));
      s.once('connect', () => resolve({ closed }));
      s.once('connect_error', reject);
    });
  const idOf = async (cookie: string) => (await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200)).body.user.id as string;

  it('on sign-out', async () => {
    const cookie = await t.login('viewer');
    const { closed } = await openStaff(t.url, cookie);
    await t.http.post('/api/auth/logout').set('Cookie', cookie).expect(200);
    expect(await closed).toBe('io server disconnect');
  });

  it('when an admin disables the account, changes its role or resets its password', async () => {
    const admin = await t.login('admin');
    for (const change of [
      (id: string) => t.http.patch(`/api/users/${id}`).set('Cookie', admin).send({ disabled: true }),
      (id: string) => t.http.patch(`/api/users/${id}`).set('Cookie', admin).send({ role: 'viewer' }),
      (id: string) => t.http.post(`/api/users/${id}/password`).set('Cookie', admin).send({ password: 'a-new-long-password' }),
    ]) {
      const cookie = await t.login('editor');
      const { closed } = await openStaff(t.url, cookie);
      await change(await idOf(cookie)).expect(200);
      expect(await closed).toBe('io server disconnect');
    }
  });

  it('when the session expires', async () => {
    let now = Date.now();
    const s = await startTestServer({}, () => new Date(now));
    try {
      const cookie = await s.login('viewer');
      now += SESSION_TTL_MS - 300;
      const { closed } = await openStaff(s.url, cookie);
      expect(await closed).toBe('io server disconnect');
    } finally {
      await s.close();
    }
  });

  it('and only its own: another session of the same account stays open', async () => {
    const cookie = await t.login('viewer');
    const username = (await t.http.get('/api/auth/me').set('Cookie', cookie)).body.user.username;
    const other = String((await t.http.post('/api/auth/login').send({ username, password: PASSWORD }).expect(200)).headers['set-cookie']?.[0]).split(';')[0] ?? '';
    const { closed } = await openStaff(t.url, other);
    await t.http.post('/api/auth/logout').set('Cookie', cookie).expect(200);
    const outcome = await Promise.race([closed, new Promise((r) => setTimeout(() => r('still open'), 300))]);
    expect(outcome).toBe('still open');
  });
});

describe('bad input on the API', () => {
  it.each([
    ['malformed JSON', '{"username": "a",', 'application/json', 400, 'validation'],
    ['wrong types', JSON.stringify({ username: 1, password: true }), 'application/json', 400, 'validation'],
    ['unknown fields', JSON.stringify({ username: 'a', password: 'b', role: 'admin' }), 'application/json', 400, 'validation'],
    ['an oversized body', JSON.stringify({ username: 'a', password: 'x'.repeat(600_000) }), 'application/json', 413, 'too_large'],
  ])('%s gets a 4xx with a message', async (_name, body, type, status, code) => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', type).send(body).expect(status);
    expect(res.body.code).toBe(code);
    expect(res.body.message.length).toBeGreaterThan(5);
    await t.http.get('/healthz').expect(200);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await t.http.get('/api/nope').expect(404);
    expect(res.body.code).toBe('not_found');
  });
});

/** Every mutating staff route: refused without a session, and with a role that is too low. */
const MUTATING: [method: 'post' | 'put' | 'delete', path: string, role: 'editor' | 'admin'][] = [
  ['post', '/api/pairings/approve', 'editor'],
  ['post', '/api/devices/x/revoke', 'editor'],
  ['post', '/api/devices/x/reload', 'editor'],
  ['post', '/api/media', 'editor'],
  ['post', '/api/playlists', 'editor'],
  ['put', '/api/playlists/x', 'editor'],
  ['post', '/api/playlists/x/publish', 'editor'],
  ['post', '/api/playlists/x/rollback', 'editor'],
  ['post', '/api/emergencies', 'editor'],
  ['delete', '/api/emergencies/x', 'editor'],
  ['delete', '/api/emergencies', 'editor'],
];

describe('route protection', () => {
  it.each(MUTATING)('%s %s needs a session', async (method, path) => {
    const res = await t.http[method](path).send({});
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthorized');
  });

  it.each(MUTATING)('%s %s refuses a viewer', async (method, path) => {
    const cookie = await t.login('viewer');
    const res = await t.http[method](path).set('Cookie', cookie).send({});
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/editor|admin/);
  });

  it('refuses reads of staff data without a session', async () => {
    for (const path of ['/api/devices', '/api/playlists', '/api/media', '/api/centres', '/api/pairings', '/api/emergencies']) {
      expect((await t.http.get(path)).status, path).toBe(401);
    }
  });
});

describe('malformed JSON on every JSON route', () => {
  const ROUTES: [method: 'post' | 'put' | 'patch', path: string][] = [
    ['post', '/api/pairings'],
    ['post', '/api/pairings/x/claim'],
    ['post', '/api/pairings/approve'],
    ['post', '/api/playlists'],
    ['put', '/api/playlists/x'],
    ['post', '/api/playlists/x/rollback'],
    ['post', '/api/emergencies'],
    ['post', '/api/users'],
    ['patch', '/api/users/x'],
    ['post', '/api/users/x/password'],
  ];
  it.each(ROUTES)('%s %s answers 400 with a message', async (method, path) => {
    const admin = await t.login('admin');
    const res = await t.http[method](path).set('Cookie', admin).set('Content-Type', 'application/json').send('{"name": "Sảnh chờ",');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation', message: 'The request body is not valid JSON.' });
  });
});
