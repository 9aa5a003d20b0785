import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, waitFor } from './fixtures';

let t: TestServer;
let now = new Date('2026-11-20T03:00:00Z');
beforeEach(async () => {
  now = new Date('2026-11-20T03:00:00Z');
  t = await startTestServer({}, () => now);
});
afterEach(async () => t.close());

const answer = (overall: number, over: Record<string, unknown> = {}) => ({ id: randomUUID(), centreId: 'lt', formId: 'quick', formVersion: 1, answers: { overall }, submittedAt: now.toISOString(), ...over });
const later = (ms: number) => {
  now = new Date(now.getTime() + ms);
};
const results = async (q = 'centre=lt&period=week') => (await t.http.get(`/api/surveys/results?${q}`).expect(200)).body;

describe('survey responses', () => {
  it('counts each response once, replays included, and summarises with the sample and interval', async () => {
    const first = answer(2);
    expect((await t.http.post('/api/surveys/responses').send(first).expect(201)).body).toMatchObject({ duplicate: false, counted: true });
    expect((await t.http.post('/api/surveys/responses').send(first).expect(200)).body).toMatchObject({ duplicate: true });
    for (const score of [1, 2, 0]) {
      later(15_000);
      await t.http.post('/api/surveys/responses').send(answer(score)).expect(201);
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
      [answer(2, { submittedAt: '2020-01-01T00:00:00Z' }), 'not within the last 30 days'],
      [answer(2, { phone: '0912345678' }), 'Unrecognized key'],
    ] as const;
    for (const [body, message] of bad) {
      const res = await t.http.post('/api/surveys/responses').send(body).expect(400);
      expect(res.body.message).toContain(message);
    }
    expect((await results()).n).toBe(0);
  });

  it('keeps a burst from one source for review but leaves it out of the index', async () => {
    await t.http.post('/api/surveys/responses').send(answer(0)).expect(201);
    for (let i = 0; i < 5; i++) {
      later(1_000);
      expect((await t.http.post('/api/surveys/responses').send(answer(0)).expect(201)).body.counted).toBe(false);
    }
    expect(await results()).toMatchObject({ n: 1, excluded: 5 });
  });

  it('masks phone and ID numbers in comments before storing, and tells the centre’s screens', async () => {
    const { token } = await t.pairDevice({ centreId: 'lt' });
    const screen = await t.connectDevice(token);
    const updated = waitFor(screen, 'survey:updated');
    await t.http.post('/api/surveys/responses').send(answer(1, { comment: 'Liên hệ 0912345678, CCCD 001203004567' })).expect(201);
    expect(await updated).toEqual({ centreId: 'lt' });
    const [stored] = await t.deps.store.surveys.since('lt', '2000-01-01T00:00:00Z');
    expect(stored?.comment).toBe('Liên hệ [số điện thoại đã ẩn], CCCD [số giấy tờ đã ẩn]');
  });
});

describe('survey forms', () => {
  it('starts with the three forms, and an admin edit is a new version; answers keep theirs', async () => {
    const forms = (await t.http.get('/api/surveys/forms').expect(200)).body.items;
    expect(forms.map((f: { id: string; version: number }) => `${f.id}@${f.version}`)).toEqual(['quick@1', 'sipas@1', 'tt01@1']);
    await t.http.post('/api/surveys/responses').send(answer(2)).expect(201);

    const admin = await t.login('admin');
    const quick = forms.find((f: { id: string }) => f.id === 'quick');
    const edited = { title: 'Ông/Bà đánh giá thế nào về việc phục vụ hôm nay?', questions: [{ ...quick.questions[0], text: 'Đánh giá chung' }] };
    const v2 = (await t.http.post('/api/surveys/forms/quick').set('Cookie', admin).send(edited).expect(201)).body;
    expect(v2).toMatchObject({ id: 'quick', version: 2, kind: 'quick', title: edited.title });
    later(15_000);
    await t.http.post('/api/surveys/responses').send(answer(1, { formVersion: 2 })).expect(201);
    // Version 1 still takes answers given on it (a kiosk that has not reloaded yet), and both count.
    later(15_000);
    await t.http.post('/api/surveys/responses').send(answer(0)).expect(201);
    expect(await results()).toMatchObject({ n: 3, satisfied: 2 });
  });

  it('refuses an edit from an editor, a bad form and an unknown one, and stores nothing', async () => {
    const editor = await t.login('editor');
    await t.http.post('/api/surveys/forms/quick').set('Cookie', editor).send({ title: 'x', questions: [] }).expect(403);
    const admin = await t.login('admin');
    const noQuestions = await t.http.post('/api/surveys/forms/quick').set('Cookie', admin).send({ title: 'x', questions: [] }).expect(400);
    expect(noQuestions.body.issues[0].path).toBe('questions');
    const q = { id: 'a', text: 'A', options: [{ score: 1, label: 'Có' }, { score: 0, label: 'Không' }] };
    await t.http.post('/api/surveys/forms/quick').set('Cookie', admin).send({ title: 'x', questions: [q, q] }).expect(400);
    await t.http.post('/api/surveys/forms/nope').set('Cookie', admin).send({ title: 'x', questions: [q] }).expect(404);
    expect((await t.http.get('/api/surveys/forms').expect(200)).body.items.find((f: { id: string }) => f.id === 'quick').version).toBe(1);
  });
});
