import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/security/limits';
import { makeProcedure, type TestServer, useTestServer } from './fixtures';

/** A PNG's signature and header: enough for the upload's sniffing, and a distinct file per `seed`. */
const png = (seed: number) => Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200, seed)]);

let t: TestServer;
let editor: string;
useTestServer(
  'editor',
  (server, cookie) => {
    t = server;
    editor = cookie;
  },
  { limits: { ...DEFAULT_LIMITS, public: { searches: 3, indexDownloads: 2, mediaFiles: 2, surveyResults: 2, reads: 3, windowS: 60, waitingPerNetwork: 4, maxWaitS: 1 } } },
);

/** A request from `from` (the test server believes loopback's X-Forwarded-For, as it would its proxy's). */
const get = (path: string, from = '203.0.113.5') => t.http.get(path).set('X-Forwarded-For', from);

/** The refusal every bound gives: 429, when to come back, and what happened in Vietnamese first. */
const expectRefusal = (res: { status: number; headers: Record<string, string>; body: { code: string; message: string } }, vi: string) => {
  expect(res.status).toBe(429);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.body.code).toBe('rate_limited');
  expect(res.body.message).toMatch(new RegExp(`^Quá nhiều ${vi} từ mạng này; vui lòng thử lại sau \\d+ giây \\(`));
};

describe('anonymous requests that cost the server work', () => {
  it('searches: bounded per network, not per address, and another network is not held back', async () => {
    await t.deps.store.procedures.upsertMany([makeProcedure('1.001193', 'Thủ tục đăng ký khai sinh')], new Date().toISOString());
    await t.app.catalogue.reload();
    for (let i = 1; i <= 3; i++) await get('/api/procedures?q=khai%20sinh', `203.0.113.${i}`).expect(200);
    expectRefusal(await get('/api/procedures?q=khai%20sinh', '203.0.113.99'), 'lượt tìm thủ tục');
    await get('/api/procedures?q=khai%20sinh', '198.51.100.7').expect(200);
  });

  it('the catalogue index: whole downloads are counted, revalidations are not', async () => {
    const first = await get('/api/procedures/index').expect(200);
    await get('/api/procedures/index').expect(200);
    expectRefusal(await get('/api/procedures/index'), 'lượt tải danh mục thủ tục');
    // A kiosk that already has it is told so, however often it asks.
    for (let i = 0; i < 5; i++)
      await get('/api/procedures/index')
        .set('If-None-Match', first.headers['etag'] as string)
        .expect(304);
  });

  it('media files: each read from disk counts, a revalidation does not', async () => {
    const id = (await t.http.post('/api/media').set('Cookie', editor).attach('file', png(1), 'a.png').expect(201)).body.id as string;
    await get(`/media/${id}`).expect(200);
    await get(`/media/${id}`).set('Range', 'bytes=0-9').expect(206);
    expectRefusal(await get(`/media/${id}`), 'lượt tải tệp hình ảnh, video');
    await get(`/media/${id}`).set('If-None-Match', `"${id}"`).expect(304);
  });

  it('survey results: bounded, and read once for the screens that ask together', async () => {
    const surveys = t.deps.store.surveys;
    const since = surveys.since.bind(surveys);
    let reads = 0;
    surveys.since = (...args) => ((reads += 1), since(...args));
    const answers = await Promise.all([get('/api/surveys/results?period=month&centre=lt'), get('/api/surveys/results?period=month&centre=lt')]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[0]?.body).toEqual(answers[1]?.body);
    expect(reads).toBe(1);
    expectRefusal(await get('/api/surveys/results?period=month&centre=lt'), 'lượt xem kết quả khảo sát');
  });

  it('cheap look-ups share one generous bound: a procedure, the survey forms, dossier figures', async () => {
    await get('/api/procedures/1.001193').expect(404);
    await get('/api/surveys/forms').expect(200);
    await get('/api/dossiers/results?centre=lt').expect(200);
    expectRefusal(await get('/api/surveys/forms'), 'yêu cầu');
  });

  it('leaves health checks and the apps’ icon unbounded', async () => {
    for (let i = 0; i < 20; i++) {
      await get('/healthz').expect(200);
      await get('/favicon.ico').expect(200);
    }
  });
});
