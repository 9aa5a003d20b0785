import { pgAuditRepo } from '../audit/pg-store';
import { pgSessionRepo, pgUserRepo } from '../auth/pg-store';
import { pgCentreRepo } from '../centres/pg-store';
import type { Pg } from '../db/pg';
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

/** The same store over a PostgreSQL pool: what several nodes share. */
export function pgStore(db: Pg, key: LogKey): Store {
  return {
    centres: pgCentreRepo(db),
    users: pgUserRepo(db),
    sessions: pgSessionRepo(db),
    devices: pgDeviceRepo(db),
    pairings: pgPairingRepo(db),
    media: pgMediaRepo(db),
    emergencies: pgEmergencyRepo(db),
    playlists: pgPlaylistRepo(db),
    impressions: pgImpressionRepo(db, key),
    procedures: pgProcedureRepo(db),
    audit: pgAuditRepo(db),
    usage: pgUsageRepo(db),
    surveys: pgSurveyRepo(db),
    plans: pgPlanRepo(db),
    register: pgRegisterRepo(db),
    reports: pgReportArchiveRepo(db),
    ping: async () => void (await db.query('SELECT 1')),
    // Idempotent, as better-sqlite3's close is.
    close: async () => {
      if (!db.ended) await db.end();
    },
  };
}
