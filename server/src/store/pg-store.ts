import { isPgTimeout, PG_LOCKS, type PgPools, withSessionLock } from '../db/pg';
import { pgKysely } from '../db/kysely';
import { AppError } from '../http/errors';
import type { LogKey } from '../impressions/log-key';
import { pgImpressionRepo } from '../impressions/pg-repo';
import { sharedRepos, type Store } from './store';

/**
 * A device's batch that waited too long (the chain's lock held by a stuck node, the ingest pool full)
 * was rolled back whole: told "unavailable", the device keeps it and sends it again later.
 */
function busyWhenTimedOut<A extends unknown[], R>(write: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await write(...args);
    } catch (err) {
      if (isPgTimeout(err)) throw new AppError('unavailable', 'The server is busy storing proof of play; nothing of this batch was kept. Send it again in a moment.');
      throw err;
    }
  };
}

/**
 * The same store over PostgreSQL: what several nodes share. Devices' proof of play is written through
 * the ingest pool, everything else through the main one (see PgPools).
 */
export function pgStore({ main: db, ingest }: PgPools, key: LogKey): Store {
  const impressions = pgImpressionRepo(db, key);
  const ingestImpressions = pgImpressionRepo(ingest, key);
  return {
    ...sharedRepos(pgKysely(db), key),
    impressions: {
      ...impressions,
      insertBatch: busyWhenTimedOut(ingestImpressions.insertBatch),
      insertSummaries: busyWhenTimedOut(ingestImpressions.insertSummaries),
    },
    startupTurn: (work) => withSessionLock(db, PG_LOCKS.bootstrap, work),
    // Idempotent, as better-sqlite3's close is.
    close: async () => {
      await Promise.all([db, ingest].map(async (p) => (p.ended ? undefined : p.end())));
    },
  };
}
