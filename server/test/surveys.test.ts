import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/security/limits';
import { makeProcedure, startTestServer, type TestServer, waitFor } from './fixtures';

let t: TestServer;
let now = new Date('2026-11-20T03:00:00Z');
/** The token of a kiosk paired with centre "lt": only a paired kiosk's answers are taken. */
let kiosk: string;
beforeEach(async () => {
  now = new Date('2026-11-20T03:00:00Z');
  t = await startTestServer({ limits: { ...DEFAULT_LIMITS, survey: { ...DEFAULT_LIMITS.survey, phonePerAddress: 3, phonePerNetwork: 5, ticketsPerAddress: 8 } } }, () => now);
  kiosk = (await t.pairDevice({ kind: 'kiosk', centreId: 'lt' })).token;
});
afterEach(async () => t.close());

/** An answer posted as the paired kiosk (or with `token`, or with none when null). */
const post = (body: object, token: string | null = kiosk) => {
  const r = t.http.post('/api/surveys/responses');
  return (token ? r.set('Authorization', `Bearer ${token}`) : r).send(body);
};
/** A phone's once-a-day ticket as the server issues it (its Cookie header), from address `ip`. */
const ticket = async (ip = '198.51.100.7') => {
  const res = await t.http.post('/api/surveys/phone').set('X-Forwarded-For', ip).expect(200);
  return String(res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
};
const phone = (overall: number) => answer(overall, { context: { channel: 'phone' } });
const postPhone = (body: object, cookie: string, ip = '198.51.100.7') => t.http.post('/api/surveys/responses').set('X-Forwarded-For', ip).set('Cookie', cookie).send(body);

const answer = (overall: number, over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  centreId: 'lt',
  formId: 'quick',
  formVersion: 1,
  answers: { overall },
  submittedAt: now.toISOString(),
  ...over,
});
const later = (ms: number) => {
  now = new Date(now.getTime() + ms);
};
const results = async (q = 'centre=lt&period=week') => (await t.http.get(`/api/surveys/results?${q}`).expect(200)).body;

describe('survey responses', () => {
  it('counts each response once, replays included, and summarises with the sample and interval', async () => {
    const first = answer(2);
    expect((await post(first).expect(201)).body).toMatchObject({ duplicate: false, counted: true });
    expect((await post(first).expect(200)).body).toMatchObject({ duplicate: true });
    for (const score of [1, 2, 0]) {
      later(15_000);
      await post(answer(score)).expect(201);
    }
    const r = await results();
    expect(r).toMatchObject({ n: 4, satisfied: 3, index: 0.75, excluded: 0 });
    expect(r.ci.low).toBeCloseTo(0.3006, 3);
    // Another centre's index is its own.
    expect((await results('centre=ltan&period=week')).n).toBe(0);
  });

  it('refuses missing answers, out-of-range scores, unknown forms and versions, with the reason', async () => {
    const bad = [
      [answer(2, { answers: {} }), 'must be answered'],
      [answer(3), 'not one of the scores'],
      [answer(2, { formVersion: 7 }), 'no survey form "quick" version 7'],
      [answer(2, { formId: 'other' }), 'no survey form "other"'],
      [answer(2, { centreId: 'nowhere' }), 'Unknown centre'],
      [answer(2, { submittedAt: '2020-01-01T00:00:00Z' }), 'more than 3 day(s) old'],
      [answer(2, { phone: '0912345678' }), 'Unrecognized key'],
    ] as const;
    for (const [body, message] of bad) {
      const res = await post(body).expect(400);
      expect(res.body.message).toContain(message);
    }
    expect((await results()).n).toBe(0);
  });

  it('takes a kiosk answer only from a kiosk paired with that centre', async () => {
    const screen = (await t.pairDevice({ kind: 'screen', centreId: 'lt' })).token;
    const elsewhere = (await t.pairDevice({ kind: 'kiosk', centreId: 'ltan' })).token;
    const revoked = await t.pairDevice({ kind: 'kiosk', centreId: 'lt' });
    await t.http
      .post(`/api/devices/${revoked.deviceId}/revoke`)
      .set('Cookie', await t.login('editor'))
      .expect(200);
    const refusals = [
      [null, 401, 'Only a paired kiosk'],
      ['made-up-token-made-up-token', 401, 'Only a paired kiosk'],
      [screen, 403, 'is a screen'],
      [elsewhere, 403, 'paired with centre "ltan"'],
      [revoked.token, 401, 'Only a paired kiosk'],
    ] as const;
    for (const [token, status, message] of refusals) expect((await post(answer(2), token).expect(status)).body.message).toContain(message);
    expect((await results()).n).toBe(0);
    await post(answer(2)).expect(201);
    expect((await results()).n).toBe(1);
  });

  it('refuses answers dated too far back, before the kiosk was paired, or in the future, saying why', async () => {
    const day = 86_400_000;
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
    const fresh = (await t.pairDevice({ kind: 'kiosk', centreId: 'lt' })).token;
    expect((await post(answer(2, { submittedAt: at(-day) }), fresh).expect(400)).body.message).toContain('before this kiosk was paired');
    later(5 * day); // the kiosk was paired five days ago
    const cases = [
      [answer(2, { submittedAt: at(-4 * day) }), 'more than 3 day(s) old'],
      [answer(2, { submittedAt: at(-29 * day) }), 'more than 3 day(s) old'],
      [answer(2, { submittedAt: at(10 * 60_000) }), 'in the future'],
    ] as const;
    for (const [body, message] of cases) expect((await post(body).expect(400)).body.message).toContain(message);
    // Within the windows: a kiosk's queue two days late, a clock a minute fast.
    await post(answer(2, { submittedAt: at(-2 * day) })).expect(201);
    later(15_000);
    await post(answer(2, { submittedAt: at(60_000) })).expect(201);
    expect((await results()).n).toBe(2);
  });

  it('keeps a burst from one source for review but leaves it out of the index', async () => {
    await post(answer(0)).expect(201);
    for (let i = 0; i < 5; i++) {
      later(1_000);
      expect((await post(answer(0)).expect(201)).body.counted).toBe(false);
    }
    expect(await results()).toMatchObject({ n: 1, excluded: 5 });
  });

  it('counts the answers a kiosk queued offline, given 30 s apart, when they arrive together', async () => {
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
    // Given while the kiosk was offline, sent one after another the instant it is back.
    for (const given of [-120_000, -30_000, -90_000, -60_000]) expect((await post(answer(2, { submittedAt: at(given) })).expect(201)).body.counted).toBe(true);
    // Two given 3 s apart are a burst however they arrive.
    expect((await post(answer(0, { submittedAt: at(-87_000) })).expect(201)).body.counted).toBe(false);
    expect(await results()).toMatchObject({ n: 4, excluded: 1 });
  });

  it('masks phone and ID numbers in comments before storing, and tells the centre’s screens', async () => {
    const { token } = await t.pairDevice({ centreId: 'lt' });
    const screen = await t.connectDevice(token);
    const updated = waitFor(screen, 'survey:updated');
    await post(answer(1, { comment: 'Liên hệ 0912345678, CCCD 001203004567' })).expect(201);
    expect(await updated).toEqual({ centreId: 'lt' });
    const [stored] = await t.deps.store.surveys.since('lt', '2000-01-01T00:00:00Z');
    expect(stored?.comment).toBe('Liên hệ [số điện thoại đã ẩn], CCCD [số giấy tờ đã ẩn]');
  });

  it('stores a phone answer whose comment carries a NUL or half an emoji, without them, and answers a sign-in name with a NUL as any wrong name', async () => {
    // Sent as JSON text, escapes and all: JSON.stringify would write the lone half as an escape too.
    const body = JSON.stringify(phone(2)).replace(/}$/, ',"comment":"Tốt\\u0000 lắm \\ud83d"}');
    await t.http
      .post('/api/surveys/responses')
      .set('X-Forwarded-For', '198.51.100.7')
      .set('Cookie', await ticket())
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(201);
    const [stored] = await t.deps.store.surveys.since('lt', '2000-01-01T00:00:00Z');
    expect(stored?.comment).toBe('Tốt lắm \uFFFD');
    const signIn = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"username":"adm\\u0000in","password":"wrong password"}');
    expect([signIn.status, signIn.body.code]).toEqual([401, 'unauthorized']);
  });

  it('keeps a lĩnh vực and a procedure only when the catalogue has them, so no typed text reaches the store or the public results', async () => {
    await t.deps.store.procedures.upsertMany([makeProcedure('1.001193', 'Thủ tục đăng ký khai sinh')], now.toISOString());
    await t.app.catalogue.reload();
    await post(answer(2, { context: { field: 'Hộ tịch', procedureCode: '1.001193', counter: '3' } })).expect(201);
    later(15_000);
    await post(answer(0, { context: { field: 'Nguyễn Văn An 0912345678', procedureCode: '1.000001.NguyenVanAn' } })).expect(201);
    const stored = await t.deps.store.surveys.since('lt', '2000-01-01T00:00:00Z');
    expect(stored.map((r) => r.context)).toEqual([{ channel: 'kiosk', field: 'Hộ tịch', procedureCode: '1.001193', counter: '3' }, { channel: 'kiosk' }]);
    expect((await results()).byField.map((f: { field: string }) => f.field)).toEqual(['Hộ tịch']);
  });

  it('refuses a counter that is not a counter number, saying so, and stores nothing', async () => {
    const res = await post(answer(2, { context: { counter: 'anh Nam 0912345678' } })).expect(400);
    expect(res.body.message).toMatch(/context\.counter/);
    expect(await t.deps.store.surveys.since('lt', '2000-01-01T00:00:00Z')).toEqual([]);
  });
});

describe('phone answers', () => {
  it('counts one of many answers sent at once with one ticket', async () => {
    const cookie = await ticket();
    const statuses = (await Promise.all(Array.from({ length: 3 }, () => postPhone(phone(0), cookie)))).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409, 409]);
    expect((await results()).n).toBe(1);
  });

  it('takes one answer a day per ticket the server issued, and refuses a made-up ticket', async () => {
    const cookie = await ticket();
    await postPhone(phone(2), cookie).expect(201);
    expect((await postPhone(phone(1), cookie).expect(409)).body.message).toContain('already answered today');
    const madeUp = [`hcc_sv=${'a'.repeat(32)}`, `${cookie.slice(0, -2)}xx`, `hcc_sv=${cookie.split('=')[1]?.split('.')[0]}.`, 'hcc_sv=%E0%A4%A'];
    for (const c of madeUp) expect((await postPhone(phone(2), c).expect(403)).body.message).toContain('no survey ticket from this server');
    expect((await postPhone(phone(2), '').expect(403)).body.message).toContain('open the survey page again');
    // A ticket already held is kept: asking again does not mint a second phone.
    expect((await t.http.post('/api/surveys/phone').set('Cookie', cookie).expect(200)).headers['set-cookie']).toBeUndefined();
    later(86_400_000);
    await postPhone(phone(1), cookie).expect(201);
    expect((await results()).n).toBe(2);
  });

  it('bounds phone answers per address and per network, and the tickets one address is issued', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await postPhone(phone(2), await ticket('203.0.113.9'), '203.0.113.9')).status);
    expect(codes).toEqual([201, 201, 201, 429]);
    // Neighbours on the same /24 share the network's bound.
    for (const ip of ['203.0.113.10', '203.0.113.11']) await postPhone(phone(2), await ticket(ip), ip).expect(201);
    const refused = await postPhone(phone(2), await ticket('203.0.113.12'), '203.0.113.12').expect(429);
    expect(refused.body.message).toContain('this network');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another network, and IPv6 by its /64, are not held to it.
    await postPhone(phone(2), await ticket('192.0.2.1'), '192.0.2.1').expect(201);
    for (let i = 0; i < 3; i++) await postPhone(phone(2), await ticket(`2001:db8:1:2::${i + 1}`), `2001:db8:1:2::${i + 1}`).expect(201);
    await postPhone(phone(2), await ticket('2001:db8:1:2:ffff::9'), '2001:db8:1:2:ffff::9').expect(201);
    expect((await results()).n).toBe(10);
    // Tickets: eight an hour from one address, then a clear refusal.
    for (let i = 0; i < 7; i++) await t.http.post('/api/surveys/phone').set('X-Forwarded-For', '192.0.2.50').expect(200);
    await t.http.post('/api/surveys/phone').set('X-Forwarded-For', '192.0.2.50').expect(200);
    expect((await t.http.post('/api/surveys/phone').set('X-Forwarded-For', '192.0.2.50').expect(429)).body.message).toContain('Too many survey pages');
  });

  it('refuses a phone answer dated more than a day back', async () => {
    const cookie = await ticket();
    const old = answer(2, { context: { channel: 'phone' }, submittedAt: new Date(now.getTime() - 2 * 86_400_000).toISOString() });
    expect((await postPhone(old, cookie).expect(400)).body.message).toContain('more than 1 day(s) old');
  });
});

describe('survey forms', () => {
  it('starts with the three forms, and an admin edit is a new version; answers keep theirs', async () => {
    const forms = (await t.http.get('/api/surveys/forms').expect(200)).body.items;
    expect(forms.map((f: { id: string; version: number }) => `${f.id}@${f.version}`)).toEqual(['quick@1', 'sipas@1', 'tt01@1']);
    await post(answer(2)).expect(201);

    const admin = await t.login('admin');
    const quick = forms.find((f: { id: string }) => f.id === 'quick');
    const edited = { title: 'Ông/Bà đánh giá thế nào về việc phục vụ hôm nay?', questions: [{ ...quick.questions[0], text: 'Đánh giá chung' }] };
    const v2 = (await t.http.post('/api/surveys/forms/quick').set('Cookie', admin).send(edited).expect(201)).body;
    expect(v2).toMatchObject({ id: 'quick', version: 2, kind: 'quick', title: edited.title });
    later(15_000);
    await post(answer(1, { formVersion: 2 })).expect(201);
    // Version 1 still takes answers given on it (a kiosk that has not reloaded yet), and both count.
    later(15_000);
    await post(answer(0)).expect(201);
    expect(await results()).toMatchObject({ n: 3, satisfied: 2 });
  });

  it('lets only the province’s admins edit the shared forms; a commune admin reads its own comments only', async () => {
    const q = {
      id: 'a',
      text: 'A',
      options: [
        { score: 1, label: 'Có' },
        { score: 0, label: 'Không' },
      ],
    };
    const communeAdmin = await t.login('admin', 'lt');
    const refused = await t.http
      .post('/api/surveys/forms/quick')
      .set('Cookie', communeAdmin)
      .send({ title: 'Sửa', questions: [q] })
      .expect(403);
    expect(refused.body.message).toContain('province');
    await t.http
      .post('/api/surveys/forms/quick')
      .set('Cookie', await t.login('admin', 'dn'))
      .send({ title: 'Tỉnh sửa', questions: [q] })
      .expect(201);
    expect((await t.http.get('/api/surveys/forms').expect(200)).body.items.find((f: { id: string }) => f.id === 'quick').version).toBe(2);

    await post(answer(2, { comment: 'Long Thành tốt' })).expect(201);
    const ltanKiosk = (await t.pairDevice({ kind: 'kiosk', centreId: 'ltan' })).token;
    await post(answer(2, { centreId: 'ltan', comment: 'Lộc Tấn tốt' }), ltanKiosk).expect(201);
    const ltEditor = await t.login('editor', 'lt');
    const own = (await t.http.get('/api/surveys/comments').set('Cookie', ltEditor).expect(200)).body.items;
    expect(own.map((c: { comment: string }) => c.comment)).toEqual(['Long Thành tốt']);
    await t.http.get('/api/surveys/comments?centre=ltan').set('Cookie', ltEditor).expect(403);
    const province = (
      await t.http
        .get('/api/surveys/comments')
        .set('Cookie', await t.login('editor', 'dn'))
        .expect(200)
    ).body.items;
    expect(province).toHaveLength(2);
  });

  it('refuses an edit from an editor, a bad form and an unknown one, and stores nothing', async () => {
    const editor = await t.login('editor');
    await t.http.post('/api/surveys/forms/quick').set('Cookie', editor).send({ title: 'x', questions: [] }).expect(403);
    const admin = await t.login('admin');
    const noQuestions = await t.http.post('/api/surveys/forms/quick').set('Cookie', admin).send({ title: 'x', questions: [] }).expect(400);
    expect(noQuestions.body.issues[0].path).toBe('questions');
    const q = {
      id: 'a',
      text: 'A',
      options: [
        { score: 1, label: 'Có' },
        { score: 0, label: 'Không' },
      ],
    };
    await t.http
      .post('/api/surveys/forms/quick')
      .set('Cookie', admin)
      .send({ title: 'x', questions: [q, q] })
      .expect(400);
    await t.http
      .post('/api/surveys/forms/nope')
      .set('Cookie', admin)
      .send({ title: 'x', questions: [q] })
      .expect(404);
    expect((await t.http.get('/api/surveys/forms').expect(200)).body.items.find((f: { id: string }) => f.id === 'quick').version).toBe(1);
  });
});
