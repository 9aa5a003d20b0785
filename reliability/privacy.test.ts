import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, destroyServer, type RunningServer, runSeededData, startServer } from '../e2e/harness';
import { record } from './figures';

const PHONE = '0912345678';
const ID_CARD = '001203004567';
const PASSWORD = 'Mat-khau-bi-mat-9';

let server: RunningServer;
beforeAll(async () => {
  // Debug logging: the most the server ever writes.
  server = await startServer({ LOG_LEVEL: 'debug' }, undefined, { from: await runSeededData() });
});
afterAll(async () => destroyServer(server));

/** Posted as the demo kiosk (paired at the first start): survey answers and usage counts come only from a kiosk. */
const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.kioskToken}` }, body: JSON.stringify(body) });

describe('privacy', () => {
  it('keeps no phone, ID-card number or password in the logs, survey answers or kiosk search counts', async () => {
    expect(
      (
        await post('/api/surveys/responses', {
          id: randomUUID(),
          centreId: 'long-thanh',
          formId: 'quick',
          formVersion: 1,
          answers: { overall: 2 },
          comment: `Gọi tôi ${PHONE}, CCCD ${ID_CARD}`,
          submittedAt: new Date().toISOString(),
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await post('/api/usage/events', {
          events: [
            { kind: 'search', q: `${PHONE} khai sinh`, results: 0 },
            { kind: 'search', q: ID_CARD, results: 0 },
          ],
        })
      ).status,
    ).toBe(200);
    expect((await post('/api/auth/login', { username: 'admin', password: PASSWORD })).status).toBe(401);

    const admin = await post('/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const cookie = (admin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const comments = await (await fetch(`${server.url}/api/surveys/comments?centre=long-thanh`, { headers: { Cookie: cookie } })).text();
    const empty = await (await fetch(`${server.url}/api/usage/empty-searches`, { headers: { Cookie: cookie } })).text();
    const places: [string, string][] = [
      ['server log (debug level)', server.banner],
      ['stored survey comments', comments],
      ['kiosk searches without result', empty],
    ];
    const secrets = [PHONE, ID_CARD, PASSWORD];
    let clean = 0;
    for (const [, text] of places) for (const s of secrets) if (!text.includes(s)) clean += 1;
    record(import.meta.filename, { area: 'Privacy', check: 'no phone, ID-card number or password in the log, survey comments or search counts', tried: places.length * secrets.length, passed: clean });
    expect(clean).toBe(places.length * secrets.length);
    // The masked forms are there instead: the answer and the searches were kept, only the numbers went.
    expect(comments).toContain('số điện thoại đã ẩn');
    expect(empty).toContain('so giay to da an');
  });
});
