import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { memoryLimiter } from '../src/security/limits';
import { networkQuota } from '../src/security/network-quota';

/** A request from `ip` and a response that keeps its headers: all a quota reads and writes. */
const call = (quota: ReturnType<typeof networkQuota>, ip: string) => {
  const headers: Record<string, string> = {};
  const res = { setHeader: (k: string, v: string) => (headers[k] = v) } as unknown as Response;
  return quota({ ip } as Request, res).then(
    () => ({ ok: true, code: undefined as string | undefined, headers }),
    (err: { code?: string }) => ({ ok: false, code: err.code, headers }),
  );
};

const what = { vi: 'lượt tìm thủ tục', en: 'procedure searches' };

describe('a network over its bound', () => {
  it('waits for the next window when it asks one at a time, and is never refused', async () => {
    const quota = networkQuota(memoryLimiter, { name: 'pace-seq', points: 2, windowS: 1 }, what, { waiting: 4, maxWaitS: 3 });
    const start = Date.now();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await call(quota, '203.0.113.7'));
    expect(answers.every((a) => a.ok)).toBe(true);
    // Five at two a window: the last waited for the third window.
    expect(Date.now() - start).toBeGreaterThanOrEqual(900);
  });

  it('refuses a flood at once once its waiting line is full, and holds back no other network', async () => {
    const quota = networkQuota(memoryLimiter, { name: 'pace-flood', points: 2, windowS: 1 }, what, { waiting: 3, maxWaitS: 3 });
    const flood = Array.from({ length: 10 }, (_, i) => call(quota, `198.51.100.${i + 1}`));
    const other = await call(quota, '192.0.2.1');
    expect(other.ok).toBe(true);
    const answers = await Promise.all(flood);
    // Two in the window, three waiting for the next, five refused with a time to come back.
    expect(answers.filter((a) => a.ok)).toHaveLength(5);
    const refused = answers.filter((a) => !a.ok);
    expect(refused).toHaveLength(5);
    for (const r of refused) {
      expect(r.code).toBe('rate_limited');
      expect(Number(r.headers['Retry-After'])).toBeGreaterThan(0);
    }
  });

  it('refuses rather than wait longer than its bound', async () => {
    const quota = networkQuota(memoryLimiter, { name: 'pace-long', points: 1, windowS: 60 }, what, { waiting: 10, maxWaitS: 2 });
    expect((await call(quota, '203.0.113.9')).ok).toBe(true);
    const start = Date.now();
    expect(await call(quota, '203.0.113.9')).toMatchObject({ ok: false, code: 'rate_limited' });
    expect(Date.now() - start).toBeLessThan(500);
  });
});
