import { isIP } from 'node:net';
import { RateLimiterMemory, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

/** One rate limit: `points` per `durationS` seconds per key; `blockS` keeps a key refused after it runs out. */
export interface LimitSpec {
  name: string;
  points: number;
  durationS: number;
  blockS?: number;
}

/** Makes a limiter: in this process for a node alone, in Redis (see redis-cluster.ts) when nodes share one. */
export type MakeLimiter = (spec: LimitSpec) => RateLimiterAbstract;

export const memoryLimiter: MakeLimiter = (s) => new RateLimiterMemory({ keyPrefix: s.name, points: s.points, duration: s.durationS, blockDuration: s.blockS ?? 0 });

/**
 * Every bound the server puts on anonymous or hostile traffic, in one place so tests (and a centre
 * with unusual traffic) can set them: windows are seconds, so a test shortens a window instead of
 * sleeping through the real one.
 */
export interface Limits {
  login: {
    /** Wrong passwords for one account from one address, then that pair waits out the window. */
    perAccountAddress: number;
    /** Wrong passwords for one account from anywhere: a spread-out guesser is slowed too. */
    perAccount: number;
    /** Wrong passwords from one address, any account. */
    perAddress: number;
    /** Distinct accounts one address may fail on before it counts as password spraying. */
    sprayAccounts: number;
    windowS: number;
    /**
     * Sign-ins checked at once from one network (/24, /64), those waiting their turn behind them, and the
     * checks running in all: each is ~0.1 s of scrypt and 32 MiB, and the counts above see a failure only
     * once its check is over, so a burst sent together would otherwise all be checked (holding the thread
     * pool that files and compression share). Beyond these, 429 at once.
     */
    checkingPerNetwork: number;
    waitingPerNetwork: number;
    checking: number;
  };
  survey: {
    /** A kiosk faster than this between answers is a burst: kept for review, not counted. */
    minGapMs: number;
    /** A kiosk's answers an hour beyond which the rest are kept but not counted. */
    hourly: number;
    /** Phone answers per address, and per network (/24 IPv4, /64 IPv6), per window; more are refused. */
    phonePerAddress: number;
    phonePerNetwork: number;
    /** Once-a-day tickets one address may be issued per window. */
    ticketsPerAddress: number;
    windowS: number;
    /** How far back a phone's and a kiosk's answer may be dated (a kiosk queues while offline). */
    phoneMaxAgeS: number;
    kioskMaxAgeS: number;
    /** Clock skew tolerated for an answer dated in the future. */
    skewS: number;
  };
  pairing: {
    /** Pairing codes one address, and one network, may ask for per window (a code lives 15 minutes). */
    perAddress: number;
    perNetwork: number;
    windowS: number;
  };
  usage: {
    /** Usage events one kiosk may report per window; a citizen taps a few a minute at most. */
    perKiosk: number;
    windowS: number;
  };
  /**
   * Dossier look-ups. Codes are guessable in sequence, so misses are held far tighter than finds: a
   * citizen mistypes a few times, an enumeration misses almost always. A paired kiosk is counted as
   * itself (a hall of citizens behind one screen); phones by address.
   */
  dossierLookup: {
    perKiosk: number;
    missesPerKiosk: number;
    perAddress: number;
    missesPerAddress: number;
    /**
     * Misses from all the addresses of one network (its /24, or /64 for IPv6): an IPv6 household holds
     * more addresses than there are codes, so the address alone does not hold an enumeration back.
     */
    missesPerNetwork: number;
    windowS: number;
  };
  /**
   * Reports one staff member may have built per window, in any format (the narrative's draft and an
   * issued report build one too): each reads the period's roll-ups, up to a province's year, so a
   * script with a viewer's session must not keep the server's cores busy. An account's builds also
   * take turns (`runningPerUser` at once, `waitingPerUser` queued, `running` over all accounts;
   * beyond, 429 at once), so its quota cannot be spent in one burst that holds the event loop.
   */
  reports: { perUser: number; windowS: number; runningPerUser: number; waitingPerUser: number; running: number };
  /** Full walks of the proof-of-play chain one staff member may ask for per window: a walk reads every row ever logged (minutes on a large log). */
  chainWalks: { perUser: number; windowS: number };
  /**
   * What one paired device may send, over its socket and the HTTP twins alike, counted per device so a
   * reconnect (or a second socket with the same token) starts no fresh allowance. Sized from the player
   * (display/src/player): it queues at most 10,000 showings while offline, folds older ones into
   * summaries (one per day, item and version), and on reconnect sends them 100 to a batch, one batch at a
   * time, each after the last was acknowledged; otherwise a heartbeat every 30 s, a flush every 15 s, and
   * 3 clock samples, a bootstrap and an ack per connect. A full queue and a year of summaries for 50
   * items is ~300 events and ~28,000 rows; beyond these a batch is refused (`rate_limited`), kept by the
   * player and sent again at its next flush, so nothing is lost, only later.
   */
  device: {
    /** Socket events and HTTP calls (heartbeat, bootstrap, impressions) per window. */
    eventsPerWindow: number;
    /** Showings and summaries per window. */
    rowsPerWindow: number;
    /** Socket connections per window: a flapping network reconnects every few seconds at worst (the flaps drill cuts the line 100 times in minutes). */
    connectsPerWindow: number;
    windowS: number;
    /** Events one socket may have being handled at once: the player waits for each ack. */
    inFlightPerSocket: number;
    /** Events refused to one socket before it is closed: a player stops sending at its first refusal. */
    refusalsBeforeClose: number;
  };
  /**
   * Socket handshakes (any socket, before it shows a token) per network (/24, /64; an IPv6 /48 site four
   * times that), and handshakes that failed (no token, a revoked one, no session) per network, after
   * which the network's new sockets are refused for the window. A centre has tens of screens and
   * kiosks behind one address, each reconnecting with a 1–10 s back-off when the server restarts.
   */
  sockets: { handshakesPerNetwork: number; failuresPerNetwork: number; windowS: number };
  /**
   * Connections one address (not a trusted proxy) may hold open at once, and the seconds a request's
   * headers may take (http/slow-clients.ts). A centre's hall behind one address holds tens of screens and
   * kiosks with a socket each, and browsers with six connections at most; but a province's screens may
   * all come through one NAT or VPN address, and a load test from the machine itself opens thousands.
   * The bound is on a script spending the process's file descriptors, so it sits above 5,000 screens.
   */
  connections: { perAddress: number; headersTimeoutS: number };
  /**
   * Anonymous requests that cost real work, per network (/24, /64; an IPv6 /48 four times that) per
   * window. Sized for a busy centre, whose kiosks, screens, staff and citizens' phones on its Wi-Fi share
   * one address: a kiosk searches in the browser, so the server's search is the console's and scripts';
   * the catalogue index is downloaded whole once per kiosk or phone and then revalidated (a 304 is not
   * counted); a media file is downloaded whole once per screen (a screen refused retries at its next
   * pass, 30 s later; 304s are not counted); survey results are read by each screen's slide, again after
   * every counted answer (they are cached, so the bound is loose). Over a bound a request waits its turn
   * (security/network-quota.ts); only a flood is refused.
   */
  public: {
    searches: number;
    indexDownloads: number;
    /** Whole media files (and ranges of them) served, 304s apart. */
    mediaFiles: number;
    surveyResults: number;
    /** The cheap look-ups: a procedure by code, the survey forms, a pairing claim, dossier figures. */
    reads: number;
    /** Short, so a request over the bound waits a moment for the next window rather than being refused. */
    windowS: number;
    /** Requests of one network that may wait for a window at once; more are refused (network-quota.ts). */
    waitingPerNetwork: number;
    /** The longest a request waits before it is refused. */
    maxWaitS: number;
  };
}

export const DEFAULT_LIMITS: Limits = {
  login: { perAccountAddress: 5, perAccount: 20, perAddress: 30, sprayAccounts: 8, windowS: 15 * 60, checkingPerNetwork: 2, waitingPerNetwork: 8, checking: 8 },
  survey: {
    minGapMs: 10_000,
    hourly: 60,
    phonePerAddress: 20,
    phonePerNetwork: 60,
    ticketsPerAddress: 30,
    windowS: 3600,
    phoneMaxAgeS: 86_400,
    kioskMaxAgeS: 3 * 86_400,
    skewS: 300,
  },
  pairing: { perAddress: 20, perNetwork: 60, windowS: 15 * 60 },
  usage: { perKiosk: 600, windowS: 3600 },
  dossierLookup: { perKiosk: 600, missesPerKiosk: 120, perAddress: 60, missesPerAddress: 15, missesPerNetwork: 45, windowS: 600 },
  reports: { perUser: 60, windowS: 600, runningPerUser: 1, waitingPerUser: 4, running: 8 },
  chainWalks: { perUser: 3, windowS: 3600 },
  device: { eventsPerWindow: 1200, rowsPerWindow: 30_000, connectsPerWindow: 300, windowS: 600, inFlightPerSocket: 8, refusalsBeforeClose: 50 },
  sockets: { handshakesPerNetwork: 6000, failuresPerNetwork: 60, windowS: 60 },
  connections: { perAddress: 8192, headersTimeoutS: 15 },
  // Per 2 s: 1,200 searches, 60 index downloads, 1,200 media files, 600 result reads and 2,400 look-ups a minute.
  public: { searches: 40, indexDownloads: 2, mediaFiles: 40, surveyResults: 20, reads: 80, windowS: 2, waitingPerNetwork: 64, maxWaitS: 5 },
};

/**
 * The network an address belongs to: its /24 for IPv4, its /64 for IPv6 (one household or one phone's
 * allocation). An IPv4-mapped IPv6 address counts as IPv4.
 */
export function networkOf(ip: string | undefined): string {
  return ipv6Prefix(ip, 4) ?? ipv4Network(ip) ?? ip ?? 'unknown';
}

/**
 * The site an IPv6 address belongs to, its /48; null for IPv4, whose /24 is already the site. A /48 is
 * what a provider gives one customer, and it holds 65,536 /64s: held by its /64 alone, a customer with
 * a /48 would get a fresh household's allowance for every guess.
 */
export const siteOf = (ip: string | undefined): string | null => ipv6Prefix(ip, 3);

/** How many households' allowance one IPv6 site gets: a home router hands out a few /64s, not thousands. */
export const SITE_SHARE = 4;

function ipv4Network(ip: string | undefined): string | null {
  if (!ip) return null;
  const v4 = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  return isIP(v4) === 4 ? `${v4.split('.').slice(0, 3).join('.')}.0/24` : null;
}

/** The first `groups` 16-bit groups of an IPv6 address as a prefix; null when it is not one (or is IPv4-mapped). */
function ipv6Prefix(ip: string | undefined, groups: number): string | null {
  if (!ip || isIP(ip) !== 6 || ipv4Network(ip)) return null;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const all = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${all
    .slice(0, groups)
    .map((g) => parseInt(g || '0', 16).toString(16))
    .join(':')}::/${groups * 16}`;
}

/** A bound on what one network may do: its /24 or /64 gets `points`, an IPv6 site (/48) SITE_SHARE times that. */
export interface NetworkLimit {
  /** Takes a point from the address's network, then its site; the seconds to wait when either has none left. */
  take(ip: string | undefined): Promise<number>;
  /** Seconds until the address's network and site may go on, without taking a point. */
  wait(ip: string | undefined): Promise<number>;
}

export function networkLimit(make: MakeLimiter, spec: LimitSpec): NetworkLimit {
  const network = make(spec);
  const site = make({ ...spec, name: `${spec.name}-site`, points: spec.points * SITE_SHARE });
  return {
    async take(ip) {
      const s = siteOf(ip);
      // The site is charged only for what the network was allowed: one flooding /64 does not use up its neighbours'.
      return (await take(network, networkOf(ip))) || (s ? await take(site, s) : 0);
    },
    async wait(ip) {
      const s = siteOf(ip);
      return Math.max(await waitOf(network, networkOf(ip)), s ? await waitOf(site, s) : 0);
    },
  };
}

/**
 * Takes `points` from the key; the seconds to wait when it has none left, else 0. Errors other than
 * "out of points" (Redis down without the insurance limiter) are thrown: refusing everyone silently
 * would be worse than a logged 500.
 */
export async function take(limiter: RateLimiterAbstract, key: string, points = 1): Promise<number> {
  try {
    await limiter.consume(key, points);
    return 0;
  } catch (err) {
    if (err instanceof RateLimiterRes) return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw err;
  }
}

/** Seconds until the key may go on (0 when it may now), without taking a point. */
export async function waitOf(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const r = await limiter.get(key);
  // An in-memory key past its end may linger until its timer fires: it is over all the same.
  if (!r || r.msBeforeNext <= 0 || r.consumedPoints < limiter.points) return 0;
  return Math.max(1, Math.ceil(r.msBeforeNext / 1000));
}
