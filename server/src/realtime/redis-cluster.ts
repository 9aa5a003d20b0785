import { randomBytes } from 'node:crypto';
import type { createShardedAdapter } from '@socket.io/redis-adapter';
import type { Logger } from 'pino';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { memoryLimiter } from '../security/limits';
import type { Cluster } from './cluster';

/** A day: long enough for the hourly burst quota, short enough that no salt outlives its day by much. */
const SALT_TTL_S = 86_400;

/**
 * Nodes that share a Redis: socket.io's sharded adapter carries every broadcast, ack and server-side
 * event between them. ioredis rather than `redis`, as socket.io's documentation advises, because it
 * restores the subscriptions after a reconnection; the sharded adapter (Redis ≥ 7) is the one that
 * documentation recommends for new work. Channels and keys start with `prefix`.
 */
export async function connectRedisCluster(url: string, prefix: string, log: Logger): Promise<Cluster> {
  // While Redis is away a publish fails at once instead of waiting in ioredis' queue: the adapter
  // sends to this node's own devices only after its publish settles, and they must not wait.
  // Loaded here, not at the top: a single node never needs them (about 35 MB resident once loaded).
  const [{ createShardedAdapter }, { Redis }] = await Promise.all([import('@socket.io/redis-adapter'), import('ioredis')]);
  const pub = new Redis(url, { lazyConnect: true, enableOfflineQueue: false });
  const sub = new Redis(url, { lazyConnect: true });
  // ioredis reconnects by itself (and subscribes again); each failed attempt is reported here.
  for (const client of [pub, sub]) client.on('error', (err: Error) => log.warn({ err: err.message }, 'Redis connection'));
  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (err) {
    pub.disconnect();
    sub.disconnect();
    const where = new URL(url);
    throw new Error(
      `Redis at ${where.hostname}:${where.port || 6379} (REDIS_URL) is not reachable: ${err instanceof Error ? err.message : String(err)}. A node started with REDIS_URL needs it to reach the other nodes.`,
    );
  }
  // Pub/sub keeps nothing for a connection that is down: what was sent meanwhile is lost for good.
  // Once both connections are back (ioredis has re-subscribed by then), the node says so.
  const down = new Set<typeof pub>();
  let relinked: () => void = () => undefined;
  for (const client of [pub, sub]) {
    client.on('close', () => down.add(client));
    client.on('ready', () => {
      if (!down.delete(client) || down.size) return;
      log.info("Redis connection back: resending this node's devices what they may have missed");
      relinked();
    });
  }
  const saltKey = `${prefix}:survey-salt`;
  // Without Redis, bursts are judged per node until it is back: answers are still taken.
  const ownSalt = randomBytes(16).toString('hex');
  return {
    // "static": two channels per namespace. The default ("dynamic") adds one per room, and every screen
    // sits in a room of its own: thousands of subscriptions per node to spare a few nodes a message.
    adapter: aloneWhileRedisFails(createShardedAdapter(pub, sub, { channelPrefix: prefix, subscriptionMode: 'static' })),
    isShared: true,
    surveySalt: async () => {
      // One round trip, atomic: set ours unless a node already has, and read back whichever stands.
      const fresh = randomBytes(16).toString('hex');
      try {
        return (await pub.set(saltKey, fresh, 'EX', SALT_TTL_S, 'NX', 'GET')) ?? fresh;
      } catch (err) {
        log.warn({ err }, 'no survey salt from Redis: judging bursts on this node alone');
        return ownSalt;
      }
    },
    // While Redis is away each node counts alone (the insurance limiter) rather than refusing everyone.
    limiter: (spec) =>
      new RateLimiterRedis({
        storeClient: pub,
        keyPrefix: `${prefix}:limit:${spec.name}`,
        points: spec.points,
        duration: spec.durationS,
        blockDuration: spec.blockS ?? 0,
        insuranceLimiter: memoryLimiter(spec),
      }),
    sharedSecret: async (name) => {
      // Kept in Redis without expiry: set ours unless a node already has, and read back whichever stands.
      const fresh = randomBytes(32).toString('base64url');
      try {
        return (await pub.set(`${prefix}:secret:${name}`, fresh, 'NX', 'GET')) ?? fresh;
      } catch (err) {
        log.warn({ err }, `no shared ${name} from Redis: this node keeps its own`);
        return null;
      }
    },
    onRelinked: (listener) => void (relinked = listener),
    close: async () => {
      await Promise.all([pub.quit(), sub.quit()]);
    },
  };
}

/**
 * Before every request that waits for the other nodes' answers (a screenshot, a presence question) the
 * adapter asks Redis how many nodes there are, and socket.io does not catch that question failing:
 * with Redis away, the rejection would end the process. Counted as alone instead, the node asks only
 * itself, which is all it can reach. (The factory's class is not exported, hence the wrapped method.)
 */
function aloneWhileRedisFails(factory: ReturnType<typeof createShardedAdapter>): ReturnType<typeof createShardedAdapter> {
  // A function, not an arrow: socket.io calls the factory with `new`, and a returned object stands.
  return function adapterFor(nsp) {
    const adapter = factory(nsp);
    const countNodes = adapter.serverCount.bind(adapter);
    adapter.serverCount = () => countNodes().catch(() => 1);
    return adapter;
  };
}
