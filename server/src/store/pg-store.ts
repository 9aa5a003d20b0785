import { pgAuditRepo } from '../audit/pg-store';
import { pgSessionRepo, pgUserRepo } from '../auth/pg-store';
import { pgCentreRepo } from '../centres/pg-store';
import { pgKysely } from '../db/kysely';
import { kyselyConnectorRepo } from '../dossiers/connector-store';
import { kyselyDossierRepo } from '../dossiers/store';
import { isPgTimeout, PG_LOCKS, type PgPools, withSessionLock } from '../db/pg';
import { AppError } from '../http/errors';
import { pgDeviceRepo, pgPairingRepo } from '../devices/pg-store';
import { pgEmergencyRepo } from '../emergencies/pg-store';
import type { LogKey } from '../impressions/log-key';
import { pgImpressionRepo } from '../impressions/pg-store';
import { pgMediaRepo } from '../media/pg-store';
import { pgPlanRepo } from '../plans/pg-store';
import { pgPlaylistRepo } from '../playlists/pg-store';
import { pgRegisterRepo } from '../register/pg-store';
import { pgReportArchiveRepo } from '../reports/archive-pg-store';
import { pgProcedureRepo } from '../procedures/pg-store';
import { pgSurveyRepo } from '../surveys/pg-store';
import { pgUsageRepo } from '../usage/pg-store';
import type { Store } from './store';

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
  const k = pgKysely(db);
  return {
    centres: pgCentreRepo(db),
    users: pgUserRepo(db),
    sessions: pgSessionRepo(db),
    devices: pgDeviceRepo(db),
    pairings: pgPairingRepo(db),
    media: pgMediaRepo(db),
    emergencies: pgEmergencyRepo(db),
    playlists: pgPlaylistRepo(db),
    impressions: {
      ...impressions,
      insertBatch: busyWhenTimedOut(ingestImpressions.insertBatch),
      insertSummaries: busyWhenTimedOut(ingestImpressions.insertSummaries),
    },
    procedures: pgProcedureRepo(db),
    audit: pgAuditRepo(db),
    usage: pgUsageRepo(db),
    surveys: pgSurveyRepo(db),
    plans: pgPlanRepo(db),
    register: pgRegisterRepo(db),
    reports: pgReportArchiveRepo(db),
    dossiers: kyselyDossierRepo(k, true, key),
    connectors: kyselyConnectorRepo(k),
    ping: async () => void (await db.query('SELECT 1')),
    startupTurn: (work) => withSessionLock(db, PG_LOCKS.bootstrap, work),
    // Idempotent, as better-sqlite3's close is.
    close: async () => {
      await Promise.all([db, ingest].map(async (p) => (p.ended ? undefined : p.end())));
    },
  };
}
