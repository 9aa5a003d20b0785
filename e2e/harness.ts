import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { serverEntry } from '../server/test/server-entry';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ADMIN_PASSWORD = 'e2e-admin-password';
/**
 * How long a pushed change may take to reach an open page here. The player does not poll (it learns of a
 * change by push, or by its bootstrap on reconnect), so arriving within this bound proves the push. The
 * latency itself is a benchmark (`npm run bench -- fanout`): two test files share the two cores.
 */
export const PUSH_WITHIN_MS = 3_000;

/** The real server, started the way `npm start` starts it, on a free port over a fresh data directory. */
export interface RunningServer {
  url: string;
  dataDir: string;
  pid(): number | undefined;
  /** Enrolment tokens of the demo screens, read from the banner of the start that seeded the data. */
  screenTokens: string[];
  /** The demo kiosk's enrolment token (paired with the first commune), from that banner. */
  kioskToken: string | undefined;
  banner: string;
  stop(): Promise<void>;
  /** kill -9: no shutdown code runs, as in a power cut or an OOM kill. */
  crash(): Promise<void>;
  /** Starts it again after stop() or crash(), with `env` added to what it was started with. */
  start(env?: Record<string, string>): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A data directory the demo was seeded into by a server that has since stopped, and the tokens its
 * banner printed. They are stored hashed, so they open the demo devices in any copy of the directory.
 */
export interface SeededData {
  dataDir: string;
  screenTokens: string[];
  kioskToken: string | undefined;
}

/**
 * `prepare` runs on the data directory before the first start (benchmarks seed devices there). With
 * `from`, the directory starts as a copy of that seeded one: the server starts as it restarts, without
 * importing the catalogue again, and still shares nothing with any other server.
 */
export async function startServer(
  env: Record<string, string> = {},
  prepare?: (dataDir: string) => Promise<void>,
  { from, readyWithinMs = 60_000 }: { from?: SeededData | undefined; readyWithinMs?: number } = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hcc-e2e-'));
  if (from) cpSync(from.dataDir, dataDir, { recursive: true });
  await prepare?.(dataDir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let banner = '';

  const start = async (more: Record<string, string> = {}) => {
    banner = '';
    child = spawn(process.execPath, serverEntry(), {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_PASSWORD, LOG_LEVEL: 'warn', PUBLIC_URL: url, ...env, ...more },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (b: Buffer) => (banner += b.toString()));
    child.stderr?.on('data', (b: Buffer) => process.stderr.write(b));
    const deadline = Date.now() + readyWithinMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${banner}`);
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok && banner.includes('/console/')) return;
      await new Promise((r) => setTimeout(r, 150));
    }
    // Killed, not left running: on a loaded machine an orphan still importing the catalogue loads it further.
    child.kill('SIGKILL');
    throw new Error(`server did not become ready within ${readyWithinMs / 1000} s`);
  };
  const kill = async (signal: NodeJS.Signals) => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill(signal);
    await exited;
  };
  const stop = () => kill('SIGTERM');

  await start();
  const screenTokens = from?.screenTokens ?? [...banner.matchAll(/\/display\/#token=([A-Za-z0-9_-]+)/g)].map((m) => m[1] as string);
  const kioskToken = from ? from.kioskToken : /\/kiosk\/#token=([A-Za-z0-9_-]+)/.exec(banner)?.[1];
  return {
    url,
    dataDir,
    pid: () => child?.pid,
    screenTokens,
    kioskToken,
    get banner() {
      return banner;
    },
    stop,
    crash: () => kill('SIGKILL'),
    start,
    async [Symbol.asyncDispose]() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  } as RunningServer;
}

export async function destroyServer(s: RunningServer): Promise<void> {
  await (s as unknown as AsyncDisposable)[Symbol.asyncDispose]();
}

export function chromiumPath(): string {
  const p = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((x) => x && existsSync(x));
  if (!p) throw new Error('Chromium not found: run `node scripts/ensure-test-tools.mjs` (npm test does).');
  return p;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Without the background-networking flags Chromium tries to reach Google and fills the log with refusals.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/** A page that records console errors and CSP violations, so a test can insist there were none. */
export async function openPage(ctx: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, problems };
}

/** The console, signed in through its own form. */
export async function openConsole(ctx: BrowserContext, baseUrl: string, username = 'admin', password = ADMIN_PASSWORD): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(ctx, `${baseUrl}/console/`);
  await opened.page.getByTestId('login-username').fill(username);
  await opened.page.getByTestId('login-password').fill(password);
  await opened.page.getByTestId('login-submit').click();
  await opened.page.getByTestId('whoami').waitFor();
  return opened;
}

/** Staff API calls as the demo admin, the way the console makes them. */
export async function adminSession(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
  if (!res.ok) throw new Error(`admin login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const call = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${baseUrl}${p}`, { method, headers: { Cookie: cookie, ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : null });
    if (!r.ok) throw new Error(`${method} ${p} → ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  return { cookie, call };
}

/**
 * A kiosk paired the way staff pair one (the kiosk asks for a code, an admin approves it, the kiosk
 * claims its token), and the address that opens it already paired: the hall kiosk shows only its
 * pairing code until then. Each call is a new kiosk, so one test's answers never meet another's bursts.
 */
export async function pairKiosk(baseUrl: string, centreId: string, query = ''): Promise<{ url: string; token: string; deviceId: string }> {
  const post = async <T>(p: string, body: unknown, cookie?: string): Promise<T> => {
    const r = await fetch(`${baseUrl}${p}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`POST ${p} → ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const ticket = await post<{ pairingId: string; code: string; claimSecret: string }>('/api/pairings', { kind: 'kiosk' });
  const admin = await adminSession(baseUrl);
  await post('/api/pairings/approve', { code: ticket.code, name: `Kiosk ${ticket.code}`, centreId }, admin.cookie);
  const claim = await post<{ token: string; deviceId: string }>(`/api/pairings/${ticket.pairingId}/claim`, { claimSecret: ticket.claimSecret });
  return { url: `${baseUrl}/kiosk/${query}#token=${claim.token}`, token: claim.token, deviceId: claim.deviceId };
}

/** Replace the items of a centre's demo playlist and publish them; returns the new version number. */
export async function publishItems(baseUrl: string, centreId: string, items: unknown[]): Promise<number> {
  const admin = await adminSession(baseUrl);
  const { items: playlists } = await admin.call<{ items: { id: string; centreId: string; name: string; target: unknown; revision: number }[] }>('GET', '/api/playlists');
  const p = playlists.find((x) => x.centreId === centreId);
  if (!p) throw new Error(`no playlist for centre ${centreId}`);
  await admin.call('PUT', `/api/playlists/${p.id}`, { name: p.name, centreId, target: p.target, items, baseRevision: p.revision });
  return (await admin.call<{ version: { version: number } }>('POST', `/api/playlists/${p.id}/publish`)).version.version;
}

/**
 * One real server and one Chromium for a test file, started before its tests and stopped after them.
 * Call at the top level of a test file; the getters are valid inside tests. The server starts over a
 * copy of the run's seeded data (see seed-once.ts) when the run made one; `fresh` seeds its own, for
 * tests of the first start itself.
 */
export function useServerAndBrowser(hooks: { beforeAll(fn: () => Promise<void>): void; afterAll(fn: () => Promise<void>): void }, opts: { fresh?: boolean } = {}) {
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  hooks.beforeAll(async () => {
    // Side by side: Chromium starts while the server loads its catalogue (each waits on its own process).
    const launched = launchBrowser();
    try {
      server = await startServer({}, undefined, { from: opts.fresh ? undefined : await runSeededData() });
    } finally {
      browser = await launched;
    }
  });
  hooks.afterAll(async () => {
    await browser?.close();
    if (server) await destroyServer(server);
  });
  const need = <T>(v: T | null, what: string): T => {
    if (!v) throw new Error(`${what} is not started: useServerAndBrowser must be called at the top of the file`);
    return v;
  };
  return { server: () => need(server, 'server'), browser: () => need(browser, 'browser') };
}

/**
 * The seeded data the run's global setup provided, if it did. Imported here, not at the top: the
 * harness also serves the benchmarks and the screenshot script, which run outside Vitest.
 */
export async function runSeededData(): Promise<SeededData | undefined> {
  const { inject } = await import('vitest');
  return inject('seededData');
}

declare module 'vitest' {
  export interface ProvidedContext {
    seededData: SeededData | undefined;
  }
}

/** Waits until the element's text matches, then returns it: pages render after their fetches. */
export async function waitForText(page: Page, testId: string, pattern: RegExp, timeout = 10_000): Promise<string> {
  // A locator, not waitForFunction: pages under a strict CSP refuse the string evaluation it needs.
  const el = page.getByTestId(testId).filter({ hasText: pattern }).first();
  await el.waitFor({ timeout });
  return (await el.textContent()) ?? '';
}
