import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config';
import { startTestServer } from './fixtures';

describe('configuration', () => {
  it('has defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.dataDir).toMatch(/data$/);
  });
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ SEED_DEMO: 'yes' }, 'SEED_DEMO'],
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
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
      await t.http.get('/readyz').expect(200);
      await t.deps.store.close();
      expect((await t.http.get('/readyz')).status).toBe(503);
    } finally {
      await t.close();
    }
  });
});
