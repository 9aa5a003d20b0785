import { describe, expect, it } from 'vitest';
import { type TestServer, useTestServer } from './fixtures';

let t: TestServer;
let admin: string;
useTestServer('admin', (server, cookie) => {
  t = server;
  admin = cookie;
});

const create = (body: Record<string, unknown>) =>
  t.http
    .post('/api/users')
    .set('Cookie', admin)
    .send({ displayName: 'Nguyễn Thị Lan', role: 'editor', password: 'mat-khau-dai-du', ...body });

describe('staff accounts (admin)', () => {
  it('creates, changes role, resets the password and disables, signing the person out', async () => {
    const lan = (await create({ username: 'lan' }).expect(201)).body;
    expect(lan).toMatchObject({ username: 'lan', role: 'editor', disabled: false });
    expect(lan).not.toHaveProperty('passwordHash');
    const login = async (password: string) => t.http.post('/api/auth/login').send({ username: 'lan', password });
    const cookie = ((await login('mat-khau-dai-du')).headers['set-cookie']?.[0] ?? '').split(';')[0] as string;
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);

    await t.http.patch(`/api/users/${lan.id}`).set('Cookie', admin).send({ role: 'viewer' }).expect(200);
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(401);

    await t.http.post(`/api/users/${lan.id}/password`).set('Cookie', admin).send({ password: 'mat-khau-moi-dai' }).expect(200);
    expect((await login('mat-khau-dai-du')).status).toBe(401);
    expect((await login('mat-khau-moi-dai')).status).toBe(200);

    await t.http.patch(`/api/users/${lan.id}`).set('Cookie', admin).send({ disabled: true }).expect(200);
    expect((await login('mat-khau-moi-dai')).status).toBe(401);

    const audit = (await t.http.get('/api/audit').set('Cookie', admin).query({ subject: lan.id }).expect(200)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['user.update', 'user.password_reset', 'user.update', 'user.create']);
    expect(JSON.stringify(audit)).not.toContain('mat-khau');
  });

  it('shows a commune admin the audit of its own accounts only', async () => {
    await create({ username: 'lt-editor', centreId: 'lt' }).expect(201);
    await create({ username: 'ltan-editor', centreId: 'ltan' }).expect(201);
    const login = async (username: string) =>
      ((await t.http.post('/api/auth/login').send({ username, password: 'mat-khau-dai-du' }).expect(200)).headers['set-cookie']?.[0] ?? '').split(';')[0] as string;
    const lt = await login('lt-editor');
    const ltan = await login('ltan-editor');
    await t.http.post('/api/plan-targets').set('Cookie', lt).send({ centreId: 'lt', seq: 1, content: 'Việc của Long Thành', product: '', lead: '', partners: '', timing: '' }).expect(201);
    await t.http.post('/api/plan-targets').set('Cookie', ltan).send({ centreId: 'ltan', seq: 1, content: 'Việc của Lộc Tấn', product: '', lead: '', partners: '', timing: '' }).expect(201);
    const actors = async (cookie: string) => new Set((await t.http.get('/api/audit?action=plan.create').set('Cookie', cookie).expect(200)).body.items.map((e: { actor: string }) => e.actor));
    expect(await actors(await t.login('admin', 'lt'))).toEqual(new Set(['lt-editor']));
    expect(await actors(await t.login('admin', 'dn'))).toEqual(new Set(['lt-editor', 'ltan-editor']));
    expect(await actors(admin)).toEqual(new Set(['lt-editor', 'ltan-editor']));
  });

  it('keeps the last admin', async () => {
    const me = (await t.http.get('/api/auth/me').set('Cookie', admin)).body.user;
    const res = await t.http.patch(`/api/users/${me.id}`).set('Cookie', admin).send({ role: 'editor' }).expect(409);
    expect(res.body.message).toMatch(/last active admin/);
  });

  it.each([
    ['a short password', { username: 'minh', password: 'short' }, 'password'],
    ['a bad username', { username: 'Minh Nguyễn' }, 'username'],
    ['an unknown role', { username: 'minh', role: 'boss' }, 'role'],
    ['an unknown centre', { username: 'minh', centreId: 'atlantis' }, 'centreId'],
  ])('refuses %s, naming the field', async (_name, body, path) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('refuses a taken username and keeps the first account', async () => {
    await create({ username: 'lan' }).expect(201);
    expect((await create({ username: 'lan', role: 'admin' }).expect(409)).body.issues[0].path).toBe('username');
    const users = (await t.http.get('/api/users').set('Cookie', admin)).body.items;
    expect(users.filter((u: { username: string }) => u.username === 'lan')).toMatchObject([{ role: 'editor' }]);
  });

  it('answers 409 to every one of several creations of one username at once, and keeps one account', async () => {
    const statuses = (await Promise.all(Array.from({ length: 6 }, (_, i) => create({ username: 'cung-luc', displayName: `Người ${i}` })))).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const users = (await t.http.get('/api/users').set('Cookie', admin)).body.items;
    expect(users.filter((u: { username: string }) => u.username === 'cung-luc')).toHaveLength(1);
  });

  it('is for admins only', async () => {
    const editor = await t.login('editor');
    await t.http.get('/api/users').set('Cookie', editor).expect(403);
    await t.http.post('/api/users').set('Cookie', editor).send({}).expect(403);
    await t.http.get('/api/audit').set('Cookie', editor).expect(403);
  });
});

describe('audit log export', () => {
  it('filters by action and exports CSV with a BOM and escaped cells', async () => {
    await create({ username: 'lan', displayName: '=cmd|calc' }).expect(201);
    const csv = await t.http.get('/api/audit').set('Cookie', admin).query({ action: 'user.', format: 'csv' }).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFFseq,at,actor,action,subject,before,after')).toBe(true);
    expect(csv.text).toContain('user.create');
    await t.http.get('/api/audit').set('Cookie', admin).query({ from: '2026-13-01' }).expect(400);
  });
});

describe('staff accounts, scoped to the admin’s centre', () => {
  it('lets a commune admin manage its own centre’s accounts and nothing wider', async () => {
    const communeAdmin = await t.login('admin', 'lt');
    const as = (cookie: string) => ({
      create: (body: Record<string, unknown>) =>
        t.http
          .post('/api/users')
          .set('Cookie', cookie)
          .send({ displayName: 'Người mới', role: 'editor', password: 'mat-khau-dai-du', ...body }),
      patch: (id: string, body: Record<string, unknown>) => t.http.patch(`/api/users/${id}`).set('Cookie', cookie).send(body),
      reset: (id: string) => t.http.post(`/api/users/${id}/password`).set('Cookie', cookie).send({ password: 'mat-khau-cua-ke-xau' }),
    });
    const commune = as(communeAdmin);
    const provinceWide = (await create({ username: 'tinh.admin', role: 'admin', centreId: null }).expect(201)).body;
    const neighbour = (await create({ username: 'loctan.editor', centreId: 'ltan' }).expect(201)).body;
    const province = (await create({ username: 'dn.editor', centreId: 'dn' }).expect(201)).body;
    const own = (await commune.create({ username: 'lt.editor', centreId: 'lt' }).expect(201)).body;
    const me = (await t.http.get('/api/auth/me').set('Cookie', communeAdmin)).body.user;
    const before = JSON.stringify(await t.deps.store.users.list());

    const refused = [
      await commune.reset(provinceWide.id),
      await commune.patch(provinceWide.id, { disabled: true }),
      await commune.patch(neighbour.id, { disabled: true }),
      await commune.reset(neighbour.id),
      await commune.patch(province.id, { displayName: 'Đổi' }),
      await commune.create({ username: 'new.province', role: 'admin', centreId: null }),
      await commune.create({ username: 'new.neighbour', centreId: 'ltan' }),
      await commune.create({ username: 'new.parent', centreId: 'dn' }),
      await commune.patch(me.id, { centreId: null }),
      await commune.patch(me.id, { centreId: 'dn' }),
      await commune.patch(own.id, { centreId: null }),
      await commune.patch(own.id, { centreId: 'ltan' }),
    ];
    expect(refused.map((r) => r.status)).toEqual(Array(refused.length).fill(403));
    expect(refused[0]?.body.message).toContain('outside it');
    expect(JSON.stringify(await t.deps.store.users.list())).toBe(before);

    // Its own centre's accounts it manages, and the list shows only those (and itself).
    await commune.patch(own.id, { role: 'viewer' }).expect(200);
    await commune.reset(own.id).expect(200);
    const listed = (await t.http.get('/api/users').set('Cookie', communeAdmin).expect(200)).body.items.map((u: { username: string }) => u.username).sort();
    expect(listed).toEqual(['lt.editor', me.username].sort());
  });

  it('lets a province’s admin manage its communes’ accounts but not province-wide ones', async () => {
    const provinceAdmin = await t.login('admin', 'dn');
    const lt = (await create({ username: 'lt.staff', centreId: 'lt' }).expect(201)).body;
    const wide = (await create({ username: 'wide.staff', centreId: null }).expect(201)).body;
    await t.http.patch(`/api/users/${lt.id}`).set('Cookie', provinceAdmin).send({ centreId: 'ltan' }).expect(200);
    await t.http.patch(`/api/users/${wide.id}`).set('Cookie', provinceAdmin).send({ disabled: true }).expect(403);
    await t.http.patch(`/api/users/${lt.id}`).set('Cookie', provinceAdmin).send({ centreId: null }).expect(403);
    await t.http.post('/api/users').set('Cookie', provinceAdmin).send({ username: 'x.wide', displayName: 'X', role: 'viewer', centreId: null, password: 'mat-khau-dai-du' }).expect(403);
  });
});
