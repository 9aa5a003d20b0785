import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DossierScreenUpdate } from '@hcc/shared/schemas/dossier';
import { DOSSIER_PATHS } from '@hcc/shared/schemas/dossier';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, SITE_SHARE } from '../src/security/limits';
import { startTestServer, type TestServer, waitFor } from './fixtures';
import { testEngine } from './test-database';

let now = new Date('2026-12-10T03:00:00Z');
const clock = () => now;
let server: TestServer;
afterEach(async () => {
  await server?.close();
});

async function start(limits = DEFAULT_LIMITS) {
  now = new Date('2026-12-10T03:00:00Z');
  server = await startTestServer({ limits }, clock);
  return server;
}

async function issueToken(centreId: string) {
  const admin = await server.login('admin');
  const res = await server.http
    .post(DOSSIER_PATHS.tokens)
    .set('Cookie', admin)
    .send({ name: `Một cửa ${centreId}`, centreId })
    .expect(201);
  return { admin, id: res.body.token.id as string, secret: res.body.secret as string };
}

const row = (code: string, more: Record<string, unknown> = {}) => ({
  code,
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  receivedAt: '2026-12-01T01:00:00Z',
  appointmentAt: '2026-12-04T10:00:00Z',
  status: 'received',
  updatedAt: '2026-12-01T01:00:00Z',
  ...more,
});
const ready = (code: string, resultAt: string, more: Record<string, unknown> = {}) => row(code, { status: 'ready', resultAt, updatedAt: resultAt, delivery: 'counter', counter: 'Quầy số 2', ...more });

const push = (secret: string, rows: unknown[]) => server.http.post(DOSSIER_PATHS.batch).set('Authorization', `Bearer ${secret}`).send({ rows });
const lookup = (code: string, centre = 'lt') => server.http.get(DOSSIER_PATHS.lookup).query({ code, centre });

describe('dossier connector push', () => {
  it('stores good rows, names bad ones, and converges whatever the order and repeats', async () => {
    await start();
    const { secret } = await issueToken('lt');
    const updates = [
      row('LT-2026-0001', { applicantName: 'Nguyễn Văn Bảy' }),
      row('LT-2026-0001', { status: 'processing', updatedAt: '2026-12-01T05:00:00Z' }),
      ready('LT-2026-0001', '2026-12-03T02:00:00Z'),
    ];
    const first = await push(secret, [updates[2], { code: 'BAD-000001', status: 'received' }, row('LT-2026-0002', { receivedAt: 'hôm qua' }), updates[0]]).expect(200);
    expect(first.body.stored).toBe(1);
    expect(first.body.rejected.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([
      [1, 'BAD-000001'],
      [2, 'LT-2026-0002'],
    ]);
    expect(first.body.rejected[0].message).toMatch(/procedureCode/);
    // The older update arrives last and twice: it adds history, never moves the dossier back.
    await push(secret, [updates[1], updates[1]]).expect(200);
    const again = await push(secret, updates).expect(200);
    expect(again.body).toMatchObject({ stored: 0, unchanged: 3, rejected: [] });
    const stored = await server.deps.store.dossiers.get('LT20260001');
    expect(stored?.status).toBe('ready');
    expect(stored?.history.map((h) => h.status)).toEqual(['received', 'processing', 'ready']);
    expect(stored?.maskedName).toBe('N. V. B.');
  });

  it('holds a token to its centre; a province token writes for its communes; a revoked token stops', async () => {
    await start();
    const lt = await issueToken('lt');
    const res = await push(lt.secret, [row('LT-2026-0100'), row('LA-2026-0100', { centreId: 'ltan' })]).expect(200);
    expect(res.body.stored).toBe(1);
    expect(res.body.rejected[0].message).toMatch(/phạm vi/);
    const province = await issueToken('dn');
    expect((await push(province.secret, [row('LA-2026-0100', { centreId: 'ltan' })]).expect(200)).body.stored).toBe(1);
    // Another commune's token cannot rewrite a dossier filed at Lộc Tấn.
    expect((await push(lt.secret, [row('LA-2026-0100', { status: 'ready', resultAt: '2026-12-02T00:00:00Z', updatedAt: '2026-12-02T00:00:00Z' })]).expect(200)).body.rejected).toHaveLength(1);
    const list = await server.http.get(DOSSIER_PATHS.tokens).set('Cookie', lt.admin).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(lt.secret);
    await server.http.delete(`${DOSSIER_PATHS.tokens}/${lt.id}`).set('Cookie', lt.admin).expect(200);
    await push(lt.secret, [row('LT-2026-0101')]).expect(401);
    await push('hccd_made-up', [row('LT-2026-0101')]).expect(401);
    const audit = await server.deps.store.audit.query({ action: 'dossiers.token', limit: 10 });
    expect(audit.map((a) => a.action).sort()).toEqual(['dossiers.token.create', 'dossiers.token.create', 'dossiers.token.revoke']);
    const editor = await server.login('editor');
    await server.http.post(DOSSIER_PATHS.tokens).set('Cookie', editor).send({ name: 'x', centreId: 'lt' }).expect(403);
    const communeAdmin = await server.login('admin', 'lt');
    await server.http.post(DOSSIER_PATHS.tokens).set('Cookie', communeAdmin).send({ name: 'x', centreId: 'ltan' }).expect(403);
  });

  it.skipIf(testEngine !== 'sqlite')('never stores or logs the applicant’s name, ID number, phone or address', async () => {
    await start();
    const logged: string[] = [];
    server.deps.log = pino({ level: 'debug' }, { write: (line: string) => void logged.push(line) });
    const { secret } = await issueToken('lt');
    await push(secret, [row('LT-2026-0200', { applicantName: 'Trần Thị Hoa Mai', idNumber: '079203001234', phone: '0912345678', address: '12 đường Lê Duẩn' })]).expect(200);
    await lookup('LT-2026-0200').expect(200);
    const dir = server.deps.config.dataDir;
    const bytes = readdirSync(dir)
      .filter((f) => f.startsWith('hcc.sqlite'))
      .map((f) => readFileSync(path.join(dir, f)).toString('utf8'))
      .join('');
    expect(bytes).toContain('LT-2026-0200');
    expect(logged.join('')).toContain('dossier batch');
    for (const secretText of ['Hoa Mai', 'Trần Thị', 'Tran Thi', '079203001234', '0912345678', 'Lê Duẩn']) {
      expect(bytes).not.toContain(secretText);
      expect(logged.join('')).not.toContain(secretText);
    }
  });
});

describe('dossier look-up', () => {
  it('finds a code however it is typed, says what to check otherwise, and counts without the code', async () => {
    await start();
    const { secret } = await issueToken('lt');
    await push(secret, [ready('LT-2026-0300', '2026-12-03T02:00:00Z', { applicantName: 'Lê Văn Tám' })]).expect(200);
    const found = await lookup(' lt 2026 0300 ').expect(200);
    expect(found.body).toMatchObject({ found: true, code: 'LT-2026-0300', maskedName: 'L. V. T.', isReady: true, isLate: false, step: 'Đã có kết quả — mời ông/bà đến Quầy số 2 để nhận.' });
    const missing = await lookup('LT-2026-9999').expect(200);
    expect(missing.body.found).toBe(false);
    expect(missing.body.checks.length).toBeGreaterThan(1);
    expect((await lookup('<script>').expect(200)).body).toMatchObject({ found: false, code: null });
    expect(await server.deps.store.dossiers.lookups(['lt'], '2026-12-10', '2026-12-10')).toEqual([{ centreId: 'lt', found: 1, notFound: 2 }]);
  });

  it('says a dossier past its appointment is late and owes an apology', async () => {
    await start();
    const { secret } = await issueToken('lt');
    await push(secret, [row('LT-2026-0400', { status: 'processing' })]).expect(200);
    expect((await lookup('LT-2026-0400').expect(200)).body).toMatchObject({ isLate: true, apologyDue: true });
  });

  it('refuses an address that misses too often, so codes cannot be enumerated', async () => {
    await start({ ...DEFAULT_LIMITS, dossierLookup: { ...DEFAULT_LIMITS.dossierLookup, missesPerAddress: 3 } });
    for (let i = 0; i < 3; i += 1) await lookup(`LT-2026-00${10 + i}`).expect(200);
    const refused = await lookup('LT-2026-0013').expect(429);
    expect(refused.headers['retry-after']).toBeDefined();
    // A paired kiosk is counted as itself, not by the hall's address.
    const kiosk = await server.pairDevice({ kind: 'kiosk' });
    await server.http.get(DOSSIER_PATHS.lookup).query({ code: 'LT-2026-0014' }).set('Authorization', `Bearer ${kiosk.token}`).expect(200);
  });

  it('refuses a network whose addresses each miss a little, so a new address per guess enumerates nothing', async () => {
    await start({ ...DEFAULT_LIMITS, dossierLookup: { ...DEFAULT_LIMITS.dossierLookup, missesPerAddress: 3, missesPerNetwork: 5 } });
    const from = (ip: string, code: string) => lookup(code).set('X-Forwarded-For', ip);
    // One IPv6 household (a /64), a fresh address for every guess; then one IPv4 network (a /24).
    const v6 = [];
    for (let i = 1; i <= 8; i += 1) v6.push((await from(`2001:db8:1:2::${i}`, `LT-2026-01${10 + i}`)).status);
    expect(v6).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const v4 = [];
    for (let i = 1; i <= 7; i += 1) v4.push((await from(`203.0.113.${i}`, `LT-2026-02${10 + i}`)).status);
    expect(v4).toEqual([200, 200, 200, 200, 200, 429, 429]);
    // Another network is not held back by them.
    await from('198.51.100.9', 'LT-2026-0300').expect(200);
  });

  it('refuses an IPv6 site whose households each miss a little, so a /48 of fresh /64s enumerates nothing', async () => {
    await start({ ...DEFAULT_LIMITS, dossierLookup: { ...DEFAULT_LIMITS.dossierLookup, missesPerAddress: 3, missesPerNetwork: 5 } });
    const from = (ip: string, code: string) => lookup(code).set('X-Forwarded-For', ip);
    // Two misses from each of many /64s of one /48: each household stays within its own bound.
    const statuses = [];
    for (let net = 1; net <= 14; net += 1) for (let i = 1; i <= 2; i += 1) statuses.push((await from(`2001:db8:7:${net.toString(16)}::${i}`, `LT-2026-07${net}${i}`)).status);
    const allowed = 5 * SITE_SHARE;
    expect(statuses.slice(0, allowed).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(allowed).every((s) => s === 429)).toBe(true);
    // Another site is not held back by it, and the site's finds are not misses.
    await from('2001:db8:8::1', 'LT-2026-0800').expect(200);
  });
});

describe('dossier screens', () => {
  it('gives the centre’s screens the ready list live, and hides it when the feed goes stale', async () => {
    await start();
    const { secret } = await issueToken('lt');
    const screen = await server.pairDevice({ kind: 'screen', centreId: 'lt' });
    const socket = await server.connectDevice(screen.token);
    const heard = waitFor<DossierScreenUpdate>(socket, 'dossiers:updated');
    await push(secret, [ready('LT-2026-0500', '2026-12-03T02:00:00Z', { applicantName: 'Phạm Thị Lan' }), row('LT-2026-0501')]).expect(200);
    expect((await heard).ready.items).toEqual([{ code: 'LT-2026-0500', maskedName: 'P. T. L.' }]);
    await server.http.get(DOSSIER_PATHS.ready).query({ centre: 'lt' }).expect(401);
    await server.http.get(DOSSIER_PATHS.ready).query({ centre: 'ltan' }).set('Authorization', `Bearer ${screen.token}`).expect(403);
    const fresh = await server.http.get(DOSSIER_PATHS.ready).query({ centre: 'lt' }).set('Authorization', `Bearer ${screen.token}`).expect(200);
    expect(fresh.body).toMatchObject({ isStale: false, total: 1 });
    now = new Date(now.getTime() + 5 * 3600_000);
    const stale = await server.http.get(DOSSIER_PATHS.ready).query({ centre: 'lt' }).set('Authorization', `Bearer ${screen.token}`).expect(200);
    expect(stale.body).toMatchObject({ isStale: true, items: [], total: 0 });
    const viewer = await server.login('viewer');
    const feeds = await server.http.get(DOSSIER_PATHS.feeds).set('Cookie', viewer).expect(200);
    expect(feeds.body.find((f: { centreId: string }) => f.centreId === 'lt')).toMatchObject({ isStale: true, lastUpdateAt: '2026-12-10T03:00:00.000Z' });
  });

  it('takes the ready list off the screens as soon as a shorter stale-after is saved, and back on', async () => {
    await start();
    const { secret, admin } = await issueToken('lt');
    await push(secret, [ready('LT-2026-0600', '2026-12-03T02:00:00Z')]).expect(200);
    const screen = await server.pairDevice({ kind: 'screen', centreId: 'lt' });
    const socket = await server.connectDevice(screen.token);
    now = new Date(now.getTime() + 30 * 60_000);
    const hidden = waitFor<DossierScreenUpdate>(socket, 'dossiers:updated');
    const saved = await server.http.put(`${DOSSIER_PATHS.feeds}/lt`).set('Cookie', admin).send({ staleAfterMinutes: 10, pull: null }).expect(200);
    expect(saved.body).toMatchObject({ isStale: true, settings: { staleAfterMinutes: 10 } });
    expect((await hidden).ready).toMatchObject({ isStale: true, items: [] });
    const shown = waitFor<DossierScreenUpdate>(socket, 'dossiers:updated');
    await server.http.put(`${DOSSIER_PATHS.feeds}/lt`).set('Cookie', admin).send({ staleAfterMinutes: 60, pull: null }).expect(200);
    expect((await shown).ready.items.map((i) => i.code)).toEqual(['LT-2026-0600']);
  });

  it('counts the month and the year by field, matching a hand count', async () => {
    await start();
    const { secret } = await issueToken('dn');
    await push(secret, [
      // November: resolved early, in the year but not the month.
      ready('A-2026-000001', '2026-11-10T02:00:00Z', { receivedAt: '2026-11-05T01:00:00Z', appointmentAt: '2026-11-12T10:00:00Z' }),
      // December, Hộ tịch: one early, one on the appointment day, one late.
      ready('A-2026-000002', '2026-12-02T02:00:00Z', { centreId: 'lt' }),
      ready('A-2026-000003', '2026-12-04T09:00:00Z', { centreId: 'lt' }),
      ready('A-2026-000004', '2026-12-05T02:00:00Z', { centreId: 'ltan' }),
      // December, Chứng thực: pending past its date (overdue), and pending still on time.
      row('A-2026-000005', { field: 'Chứng thực', procedureCode: '2.000815', status: 'processing', centreId: 'ltan' }),
      row('A-2026-000006', { field: 'Chứng thực', procedureCode: '2.000815', appointmentAt: '2026-12-20T10:00:00Z', centreId: 'lt' }),
      // Withdrawn: received, never pending nor resolved.
      row('A-2026-000007', { status: 'withdrawn', centreId: 'lt' }),
    ]).expect(200);
    const res = await server.http.get(DOSSIER_PATHS.results).query({ centre: 'dn' }).expect(200);
    expect(res.body.total.month).toEqual({ received: 6, resolved: 3, early: 1, onTime: 1, late: 1, onTimePct: 66.7, pending: 2, overdue: 1, apologies: 2 });
    expect(res.body.total.year).toMatchObject({ received: 7, resolved: 4, early: 2, onTimePct: 75 });
    expect(res.body.byField.map((f: { field: string; month: { received: number } }) => [f.field, f.month.received])).toEqual([
      ['Hộ tịch', 4],
      ['Chứng thực', 2],
    ]);
    expect(res.body.communes.map((c: { centreId: string; month: { received: number; late: number } }) => [c.centreId, c.month.received, c.month.late])).toEqual([
      ['lt', 4, 0],
      ['ltan', 2, 1],
    ]);
    expect(res.body.monthLabel).toBe('tháng 12 năm 2026');
  });
});

describe('dossier file import', () => {
  it('previews, names broken rows, then stores on commit', async () => {
    await start();
    const editor = await server.login('editor', 'lt');
    const csv = [
      'STT;Mã hồ sơ;Mã thủ tục;Tên thủ tục;Chủ hồ sơ;Số CCCD;Ngày tiếp nhận;Ngày hẹn trả;Trạng thái;Ngày có kết quả',
      '1;LT-2026-0600;1.001193;Đăng ký khai sinh;Võ Văn Kiệt;079203001234;01/12/2026 08:00;04/12/2026 17:00;Đã có kết quả;03/12/2026 15:00',
      '2;LT-2026-0601;1.001193;Đăng ký khai sinh;Ai Đó;;31/11/2026;;Đã tiếp nhận;',
      '3;LT-2026-0602;;Thiếu mã;Ai Đó;;01/12/2026;;Đã tiếp nhận;',
    ].join('\r\n');
    const send = (dryRun: boolean) =>
      server.http
        .post(DOSSIER_PATHS.import)
        .query({ centre: 'lt', name: 'xuat-mot-cua.csv', dryRun: dryRun ? '1' : '0' })
        .set('Cookie', editor)
        .set('Content-Type', 'text/csv')
        .send(csv);
    const preview = await send(true).expect(200);
    expect(preview.body).toMatchObject({ applied: false, rows: 3, valid: 1, result: null });
    expect(preview.body.problems.map((p: { row: number }) => p.row)).toEqual([3, 4]);
    expect(preview.body.sample[0]).toMatchObject({ code: 'LT-2026-0600', maskedName: 'V. V. K.', status: 'ready' });
    expect(await server.deps.store.dossiers.get('LT20260600')).toBeNull();
    const done = await send(false).expect(200);
    expect(done.body.result).toMatchObject({ stored: 1 });
    expect((await lookup('LT-2026-0600').expect(200)).body.found).toBe(true);
    await server.http.post(DOSSIER_PATHS.import).query({ centre: 'ltan', name: 'x.csv' }).set('Cookie', editor).set('Content-Type', 'text/csv').send(csv).expect(403);
  });
});
