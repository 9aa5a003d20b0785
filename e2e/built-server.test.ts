import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The production image starts `node server/dist/main.js`: plain JavaScript, no tsx, no dev
 * dependencies. This starts that file as the image does (from another working directory, so no path
 * depends on where it is started) and checks that it serves.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = path.join(ROOT, 'server/dist/main.js');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('the built server', () => {
  it('bundles no TypeScript loader and serves the apps, the API and the icon', async () => {
    expect(existsSync(MAIN), 'run `npm run build` first').toBe(true);
    const bundle = readFileSync(MAIN, 'utf8');
    expect(bundle).not.toMatch(/from ["'](tsx|typescript|vite|vitest)["'/]/);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hcc-built-'));
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      cwd: tmpdir(),
      env: {
        PATH: process.env['PATH'] ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        ADMIN_PASSWORD: 'built-server-password',
        SEED_DEMO: '0',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b));
    child.stderr.on('data', (b: Buffer) => (output += b));
    const url = `http://127.0.0.1:${port}`;
    try {
      const deadline = Date.now() + 60_000;
      while (
        !(await fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        ))
      ) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the built server did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect((await fetch(`${url}/favicon.ico`)).status).toBe(200);
      const console = await fetch(`${url}/console/`);
      expect(console.status).toBe(200);
      expect(await console.text()).toContain('<script');
      expect((await fetch(`${url}/api/centres`)).status).toBeLessThan(500);
      // Without the demo nothing imports the shipped crawl: the banner says how, not that it is missing.
      expect(output).toContain(`npm run catalogue:import -- ${path.join(ROOT, 'server/seed/tthc/national-crawl.jsonl.gz')}`);
      expect(output).not.toContain('Không thấy national-crawl');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('on a port already in use, stops saying so and still shows the admin password it generated', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hcc-built-'));
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      // No ADMIN_PASSWORD: the first start generates one, stored only as a hash, before it listens.
      const env = { PATH: process.env['PATH'] ?? '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: '0', LOG_LEVEL: 'warn' };
      const child = spawn(process.execPath, [MAIN], { cwd: tmpdir(), env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (b: Buffer) => (output += b));
      child.stderr.on('data', (b: Buffer) => (output += b));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).not.toBe(0);
      expect(output).toMatch(/EADDRINUSE/);
      expect(output).toMatch(/Staff sign-in: +admin \/ \S{10,} +← shown only this once/);
    } finally {
      taken.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
