import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { openStore } from '../src/store/open';
import type { Store } from '../src/store/store';
import { serverEntry } from './server-entry';
import { createPgSchema, requirePostgres } from './test-database';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const NODE_ADMIN_PASSWORD = 'several-nodes-admin';
/** This machine's Redis; HCC_TEST_REDIS_URL points the tests at another. */
export const TEST_REDIS_URL = process.env.HCC_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One server process, started as `npm start` starts it. */
export interface ServerNode {
  name: string;
  url: string;
  pid: number;
  /** What it printed so far: the banner, then its log lines at LOG_LEVEL. */
  output(): string;
  /** Resolves once the process has gone, whichever signal ended it. */
  kill(signal: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Freezes (SIGSTOP) or thaws (SIGCONT) the process, as a paused VM or a stuck host would. */
  signal(signal: 'SIGSTOP' | 'SIGCONT'): void;
}

/** Nodes of one deployment: one PostgreSQL schema, one Redis prefix, one media directory. */
export interface Deployment {
  nodes: ServerNode[];
  /** The shared store, opened by the test itself: to seed it and to count what the nodes wrote. */
  store: Store;
  databaseUrl: string;
  close(): Promise<void>;
}

/** Without Redis the multi-node tests and benchmark cannot run: this says so and stops them. */
export async function requireRedis(): Promise<void> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined); // the rejected connect() below says it
  try {
    await client.connect();
    await client.quit();
  } catch (err) {
    client.disconnect();
    const where = new URL(TEST_REDIS_URL);
    throw new Error(
      `Several nodes need Redis, at ${where.hostname}:${where.port || 6379} here, and could not connect (${err instanceof Error ? err.message : String(err)}). ` +
        'Start it (redis-server) or set HCC_TEST_REDIS_URL.',
    );
  }
}

async function startNode(name: string, env: NodeJS.ProcessEnv): Promise<ServerNode> {
  const child: ChildProcess = spawn(process.execPath, serverEntry(), {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ID: name, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`node ${name} exited with ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) throw new Error(`node ${name} did not start within 60 s:\n${out}`);
    // PORT=0: the banner says which port the node got.
    const port = /http:\/\/localhost:(\d+)\/console\//.exec(out)?.[1];
    const url = `http://127.0.0.1:${port}`;
    if (
      port &&
      (await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      return {
        name,
        url,
        pid: child.pid ?? 0,
        output: () => out,
        kill: async (signal) => {
          // A frozen process would take SIGTERM only once thawed.
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGCONT');
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
        signal: (signal) => void child.kill(signal),
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Start `names.length` nodes over a fresh PostgreSQL schema and Redis prefix, one after the other
 * (the first creates the admin account), or all at once with `together`. Without PostgreSQL or Redis
 * this throws, saying which.
 */
export async function startDeployment(names: string[], env: NodeJS.ProcessEnv = {}, opts: { together?: boolean } = {}): Promise<Deployment> {
  await requirePostgres('Several nodes');
  await requireRedis();
  const schema = await createPgSchema();
  const prefix = `hcc-test-${randomBytes(6).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hcc-nodes-'));
  // Several nodes over one PostgreSQL key the proof-of-play log alike: the key is required there.
  const logHmacKey = randomBytes(32).toString('hex');
  const store = await openStore({ dataDir, databaseUrl: schema.url, logHmacKey });
  const nodes: ServerNode[] = [];
  const close = async () => {
    await Promise.all(nodes.map((n) => n.kill('SIGTERM')));
    await store.close();
    await schema.drop();
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const common = {
      DATABASE_URL: schema.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      DATA_DIR: dataDir,
      SEED_DEMO: '0',
      ADMIN_PASSWORD: NODE_ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      LOG_HMAC_KEY: logHmacKey,
      ...env,
    };
    if (opts.together) {
      // All at the same instant on the empty schema, as a supervisor starts a deployment.
      const started = await Promise.allSettled(names.map((name) => startNode(name, common)));
      for (const s of started) if (s.status === 'fulfilled') nodes.push(s.value);
      const failed = started.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
    } else for (const name of names) nodes.push(await startNode(name, common));
  } catch (err) {
    await close();
    throw err;
  }
  return { nodes, store, databaseUrl: schema.url, close };
}

/** The admin's session cookie on `url`. */
export async function adminCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: NODE_ADMIN_PASSWORD }) });
  if (!res.ok) throw new Error(`admin login failed: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
