import type { Centre } from '@hcc/shared/schemas/centre';
import type { DossierFeedSettings } from '@hcc/shared/schemas/dossier';
import type { Deps } from '../context';
import type { Hub } from '../realtime/hub';
import { pinnedRequest } from '../links/pinned-request';
import { internalAllowance } from '../links/public-address';
import { readDossierTable } from './file-rows';
import { checkRows, storeRows } from './ingest';
import type { DossierScreens } from './screens';

/** How often feeds are looked at: due pulls are made, and feeds gone stale are told to the screens. */
export const FEED_TICK_MS = 60_000;
const FETCH_TIMEOUT_MS = 30_000;
const MAX_FEED_BYTES = 20 * 1024 * 1024;
/** Back-off doubles per failure in a row, up to this. */
const MAX_BACKOFF_MS = 6 * 3600_000;

type Pull = NonNullable<DossierFeedSettings['pull']>;

/** When to try again after `failures` in a row: the usual interval, doubled per failure, capped. */
export const nextPullDelayMs = (pull: Pull, failures: number) => Math.min(pull.everyMinutes * 60_000 * 2 ** failures, Math.max(MAX_BACKOFF_MS, pull.everyMinutes * 60_000));

/** The same number of hops browsers give up at; a feed behind more is misconfigured. */
const MAX_REDIRECTS = 5;

/**
 * The feed's body, fetched from public addresses or the internal hosts the operator allows, at every
 * hop of a redirect: staff type the URL, and it must not make the server read the centre's own network
 * (or a cloud's metadata service) and show the answer back in the feed's error line.
 */
async function fetchFeed(pull: Pull, allowed: (host: string) => (ip: string) => boolean): Promise<Buffer> {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let url = new URL(pull.url);
  for (let hop = 0; ; hop++) {
    const res = await pinnedRequest(url, {
      method: 'GET',
      signal,
      headers: { 'User-Agent': 'hcc-dossier-feed', Accept: pull.format === 'json' ? 'application/json' : 'text/csv' },
      isAllowed: allowed(url.hostname),
    });
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.destroy();
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      url = new URL(res.headers.location, url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the feed redirects to a ${url.protocol} address`);
      continue;
    }
    if (status >= 400 || status < 200) {
      res.destroy();
      throw new Error(`HTTP ${status} ${res.statusMessage ?? ''}`.trim());
    }
    const declared = Number(res.headers['content-length'] ?? 0);
    const tooBig = (bytes: number) => new Error(`the feed is ${bytes} bytes, more than ${MAX_FEED_BYTES}`);
    if (declared > MAX_FEED_BYTES) {
      res.destroy();
      throw tooBig(declared);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_FEED_BYTES) {
        res.destroy();
        throw tooBig(size);
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }
}

async function fetchRows(pull: Pull, allowed: (host: string) => (ip: string) => boolean): Promise<unknown[]> {
  const body = await fetchFeed(pull, allowed);
  if (pull.format === 'csv') return (await readDossierTable(body, 'the CSV feed')).rows.map((r) => r.value);
  const json: unknown = JSON.parse(body.toString('utf8'));
  const rows = Array.isArray(json) ? json : typeof json === 'object' && json !== null && 'rows' in json && Array.isArray(json.rows) ? json.rows : null;
  if (!rows) throw new Error('the JSON feed is neither a list of dossiers nor { "rows": [...] }');
  return rows;
}

/** Failures worth an entry in the audit log: the first, and each tenfold after, so a dead feed does not flood it. */
const worthAlert = (failures: number) => failures === 1 || Math.log10(failures) % 1 === 0;

/**
 * Watches every centre's feed: fetches the pulls that are due (backing off while one fails, with an
 * alert in the log, the audit log and the screen wall), and tells a centre's screens when its feed
 * goes stale, so the ready list comes off the air instead of ageing there.
 */
export function feedWatcher(deps: Deps, screens: DossierScreens, hub: Hub) {
  const stale = new Set<string>();
  const allowed = internalAllowance(deps.config.feedInternalHosts);
  const audit = (action: string, subject: string, after: unknown) => deps.store.audit.append({ at: deps.clock().toISOString(), actor: 'system', action, subject, before: null, after });

  async function pullOne(centre: Centre, pull: Pull, failuresBefore: number): Promise<void> {
    const now = deps.clock();
    try {
      const rows = await fetchRows(pull, allowed);
      const checked = await checkRows(deps, centre.id, rows);
      const { changedCentres, ...result } = await storeRows(deps, centre.id, checked);
      deps.log.info({ centre: centre.id, rows: rows.length, stored: result.stored, rejected: result.rejected.length }, 'dossier feed pulled');
      const status = await deps.store.connectors.recordPull(centre.id, {
        at: now.toISOString(),
        ok: true,
        error: null,
        nextAttemptAt: new Date(now.getTime() + nextPullDelayMs(pull, 0)).toISOString(),
      });
      if (failuresBefore) await audit('dossiers.feed.recovered', centre.id, { after: failuresBefore });
      await screens.changed(changedCentres);
      if (failuresBefore) hub.announceDossierFeed({ ...(await screens.feed(centre)), pull: status.pull });
    } catch (err) {
      const failures = failuresBefore + 1;
      const error = (err as Error).message.slice(0, 300);
      await deps.store.connectors.recordPull(centre.id, { at: now.toISOString(), ok: false, error, nextAttemptAt: new Date(now.getTime() + nextPullDelayMs(pull, failures)).toISOString() });
      deps.log.warn({ centre: centre.id, failures, error }, 'dossier feed pull failed');
      if (worthAlert(failures)) await audit('dossiers.feed.failed', centre.id, { failures, error });
      hub.announceDossierFeed(await screens.feed(centre));
    }
  }

  return {
    /** One look at every feed; the scheduler calls it every FEED_TICK_MS, tests call it directly. */
    async tick(): Promise<void> {
      const now = deps.clock();
      const centres = await deps.store.centres.list();
      const feeds = new Map((await deps.store.connectors.feeds()).map((f) => [f.centreId, f]));
      for (const feed of feeds.values()) {
        const pull = feed.settings?.pull;
        const centre = centres.find((c) => c.id === feed.centreId);
        if (!pull || !centre) continue;
        const due = feed.pull.nextAttemptAt === null || Date.parse(feed.pull.nextAttemptAt) <= now.getTime();
        const lease = new Date(now.getTime() + FETCH_TIMEOUT_MS + FEED_TICK_MS).toISOString();
        if (due && (await deps.store.connectors.claimPull(centre.id, feed.pull.nextAttemptAt, lease))) await pullOne(centre, pull, feed.pull.failures);
      }
      // Only centres that were ever fed can go stale: the others have nothing on the air.
      for (const centre of centres) {
        if (!feeds.has(centre.id) && !(centre.parentId && feeds.has(centre.parentId))) continue;
        const status = await screens.feed(centre);
        if (status.isStale === stale.has(centre.id)) continue;
        if (status.isStale) stale.add(centre.id);
        else stale.delete(centre.id);
        if (status.isStale) deps.log.warn({ centre: centre.id, lastUpdateAt: status.lastUpdateAt }, 'dossier feed is stale');
        hub.announceDossierFeed(status);
        hub.pushDossiers({ centreId: centre.id, ready: await screens.ready(centre) });
      }
    },
  };
}

/** Runs the watcher every FEED_TICK_MS, one tick at a time; a failed tick is logged and the next one runs. */
export function scheduleFeedWatch(deps: Deps, screens: DossierScreens, hub: Hub): () => void {
  const watcher = feedWatcher(deps, screens, hub);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    watcher
      .tick()
      .catch((err: unknown) => deps.log.error({ err }, 'dossier feed watch failed'))
      .finally(() => {
        running = false;
      });
  }, FEED_TICK_MS).unref();
  return () => clearInterval(timer);
}
