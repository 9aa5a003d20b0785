import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import * as z from 'zod/mini';
import { DEFAULT_LIMITS, type Limits } from '../security/limits';

const intFromEnv = (min: number, max: number) => z.pipe(z.coerce.number(), z.int().check(z.minimum(min), z.maximum(max)));

const ConfigSchema = z.object({
  PORT: z._default(intFromEnv(0, 65535), 8080),
  HOST: z._default(z.string().check(z.minLength(1)), '0.0.0.0'),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), './data'),
  PUBLIC_URL: z.optional(z.url()),
  ADMIN_PASSWORD: z.optional(z.string().check(z.minLength(10, 'must be at least 10 characters'))),
  LOG_LEVEL: z._default(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  MAX_UPLOAD_MB: z._default(intFromEnv(1, 4096), 200),
  /** Bytes one staff account may upload to the media library in 24 hours, in MB. */
  UPLOAD_MB_PER_DAY: z._default(intFromEnv(1, 1_048_576), 2048),
  /** The most the media library may hold in all, in GB: uploads are refused beyond it. */
  MEDIA_STORAGE_GB: z._default(intFromEnv(1, 1_048_576), 50),
  /** Where the demo seed finds the national catalogue crawl; absent → the seed imports nothing. */
  CATALOGUE_DIR: z.optional(z.string()),
  /** Set to 0 to start with an empty centre instead of the demo content. */
  SEED_DEMO: z._default(z.enum(['0', '1']), '1'),
  /** Names this process in the presence history; stable across restarts so a crashed node closes its own sessions. */
  /** Raw impressions older than this are pruned (the roll-ups keep their counts); 0 keeps them for ever. */
  RETAIN_IMPRESSIONS_DAYS: z._default(intFromEnv(0, 36_500), 1830),
  /** Survey comments older than this are emptied (the scores stay); 0 keeps them for ever. */
  RETAIN_COMMENTS_DAYS: z._default(intFromEnv(0, 36_500), 365),
  /**
   * Shifts this process's clock, in ms: 0 in service. Drills and tests that squeeze a day of a TV's life
   * into minutes set it so the server's "now" is after the showings the TV dated, as it would be for real.
   */
  CLOCK_OFFSET_MS: z._default(intFromEnv(-366 * 86_400_000, 366 * 86_400_000), 0),
  NODE_ID: z.optional(z.string().check(z.regex(/^[\w.:-]{1,100}$/, 'letters, digits, . : _ - only'))),
  /** A postgres:// URL puts the store in PostgreSQL, which several nodes can share; absent → SQLite in DATA_DIR. */
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\/./, 'must be a postgres:// or postgresql:// URL'))),
  /**
   * Which proxies' X-Forwarded-For to believe (Express's "trust proxy": names such as loopback or
   * uniquelocal, addresses, subnets; `none` for no proxy). The client's address keys the login limit and
   * the bounds on hostile traffic; behind a proxy that is not believed, every client looks like the proxy.
   * Unset: `loopback` when PUBLIC_URL is https (production has a TLS proxy in front, nginx on the same
   * host in the systemd layout), else none: with no proxy, a header believed from loopback would let any
   * script on the machine pick a fresh address for every request and pass each bound.
   */
  TRUST_PROXY: z.optional(z.string().check(z.regex(/^[\w.:/]+( *, *[\w.:/]+)*$/, 'names, addresses or subnets, separated by commas'))),
  /**
   * Internal hosts a dossier feed may be pulled from (names, addresses or CIDR subnets, separated by
   * commas), for a one-stop system on the province's own network. Any other internal address is refused.
   */
  FEED_INTERNAL_HOSTS: z._default(z.string().check(z.regex(/^([\w.:/-]+( *, *[\w.:/-]+)*)?$/, 'names, addresses or subnets, separated by commas')), ''),
  /** A redis:// URL joins this node to the others that name it: broadcasts, presence and screenshots span them all. */
  REDIS_URL: z.optional(z.string().check(z.regex(/^rediss?:\/\/./, 'must be a redis:// or rediss:// URL'))),
  /**
   * How often each node tells the others it is alive, in ms; two beats missed and a node is not waited
   * for, three and its screens are shown offline. Tests that kill or freeze a node shorten it.
   */
  NODE_HEARTBEAT_MS: z._default(intFromEnv(500, 60_000), 5_000),
  /**
   * The secret the proof-of-play log is keyed with (HMAC), at least 32 characters. Unset: a key file
   * DATA_DIR/log-hmac.key is created (mode 0600) at first start. Required when several nodes share
   * PostgreSQL (REDIS_URL set): they must all key the log alike.
   */
  LOG_HMAC_KEY: z.optional(z.string().check(z.minLength(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)'))),
  /** Names this deployment's channels and keys, so several (or test runs) can share one Redis. */
  /**
   * Signs what the server hands to anonymous browsers (the phone survey's once-a-day ticket). Several
   * nodes must share it: without it, a node alone keeps one in DATA_DIR, and nodes sharing a Redis agree on one there.
   */
  COOKIE_SECRET: z.optional(z.string().check(z.minLength(32, 'must be at least 32 characters'))),
  REDIS_PREFIX: z._default(z.string().check(z.regex(/^[\w.:-]{1,64}$/, 'letters, digits, . : _ - only, at most 64')), 'hcc'),
  /**
   * Changes to the bounds of security/limits.ts, as JSON naming only what changes
   * (`{"device":{"rowsPerWindow":100000}}`): for a centre with unusual traffic, and for the benchmarks,
   * which connect thousands of screens from one address.
   */
  LIMITS: z.optional(z.string()),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | undefined;
  adminPassword: string | undefined;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  maxUploadBytes: number;
  uploadBytesPerDay: number;
  mediaStorageBytes: number;
  catalogueDir: string | undefined;
  seedDemo: boolean;
  nodeId: string;
  retainImpressionsDays: number;
  retainCommentsDays: number;
  clockOffsetMs: number;
  databaseUrl: string | undefined;
  /** Express's "trust proxy": the proxies whose X-Forwarded-For is believed; false for none. */
  trustProxy: string | false;
  feedInternalHosts: string[];
  redisUrl: string | undefined;
  nodeHeartbeatMs: number;
  redisPrefix: string;
  logHmacKey: string | undefined;
  cookieSecret: string | undefined;
  limits: Limits;
}

export class ConfigError extends Error {}

/** Parse the environment once at start-up; a bad value stops the process with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])] ?? '')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const feedInternalHosts = c.FEED_INTERNAL_HOSTS.split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const badSubnet = feedInternalHosts.find((h) => h.includes('/') && !ipaddr.isValidCIDR(h));
  if (badSubnet) throw new ConfigError(`Invalid configuration:\n  FEED_INTERNAL_HOSTS=${JSON.stringify(env.FEED_INTERNAL_HOSTS)}: "${badSubnet}" is not a subnet (e.g. 10.20.0.0/16)`);
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    publicUrl: c.PUBLIC_URL?.replace(/\/$/, ''),
    adminPassword: c.ADMIN_PASSWORD,
    logLevel: c.LOG_LEVEL,
    maxUploadBytes: c.MAX_UPLOAD_MB * 1024 * 1024,
    uploadBytesPerDay: c.UPLOAD_MB_PER_DAY * 1024 * 1024,
    mediaStorageBytes: c.MEDIA_STORAGE_GB * 1024 ** 3,
    catalogueDir: c.CATALOGUE_DIR,
    seedDemo: c.SEED_DEMO === '1',
    nodeId: c.NODE_ID ?? `${hostname()}:${c.PORT}`,
    retainImpressionsDays: c.RETAIN_IMPRESSIONS_DAYS,
    retainCommentsDays: c.RETAIN_COMMENTS_DAYS,
    clockOffsetMs: c.CLOCK_OFFSET_MS,
    databaseUrl: c.DATABASE_URL,
    trustProxy: c.TRUST_PROXY === 'none' ? false : (c.TRUST_PROXY ?? (c.PUBLIC_URL?.startsWith('https:') ? 'loopback' : false)),
    feedInternalHosts,
    redisUrl: c.REDIS_URL,
    nodeHeartbeatMs: c.NODE_HEARTBEAT_MS,
    redisPrefix: c.REDIS_PREFIX,
    logHmacKey: c.LOG_HMAC_KEY,
    cookieSecret: c.COOKIE_SECRET,
    limits: c.LIMITS ? limitsWith(c.LIMITS) : DEFAULT_LIMITS,
  };
}

/** DEFAULT_LIMITS with the JSON's numbers in place; a name that is not a bound, or a value that is not a count, stops the start. */
function limitsWith(json: string): Limits {
  const bad = (why: string) => new ConfigError(`Invalid configuration:\n  LIMITS=${JSON.stringify(json)}: ${why}`);
  let over: unknown;
  try {
    over = JSON.parse(json);
  } catch {
    throw bad('not JSON');
  }
  if (!isRecord(over)) throw bad('must be a JSON object, e.g. {"device":{"rowsPerWindow":100000}}');
  const limits: Record<string, Record<string, number>> = structuredClone(DEFAULT_LIMITS) as never;
  for (const [area, values] of Object.entries(over)) {
    const known = limits[area];
    if (!known) throw bad(`no bounds named "${area}" (there are ${Object.keys(limits).join(', ')})`);
    if (!isRecord(values)) throw bad(`"${area}" must be an object`);
    for (const [name, value] of Object.entries(values)) {
      if (!(name in known)) throw bad(`"${area}" has no bound "${name}" (it has ${Object.keys(known).join(', ')})`);
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw bad(`${area}.${name} must be a whole number ≥ 0`);
      known[name] = value;
    }
  }
  return limits as unknown as Limits;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
