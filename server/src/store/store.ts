import type { AuditRepo } from '../audit/store';
import { sqliteAuditRepo } from '../audit/store';
import type { SessionRepo, UserRepo } from '../auth/store';
import { sqliteSessionRepo, sqliteUserRepo } from '../auth/store';
import type { CentreRepo } from '../centres/store';
import { sqliteCentreRepo } from '../centres/store';
import type { Db } from '../db/sqlite';
import { sqliteKysely } from '../db/kysely';
import { type ConnectorRepo, kyselyConnectorRepo } from '../dossiers/connector-store';
import { type DossierRepo, kyselyDossierRepo } from '../dossiers/store';
import type { DeviceRepo, PairingRepo } from '../devices/store';
import type { EmergencyRepo } from '../emergencies/store';
import { sqliteEmergencyRepo } from '../emergencies/store';
import { sqliteDeviceRepo, sqlitePairingRepo } from '../devices/store';
import { ephemeralLogKey, type LogKey } from '../impressions/log-key';
import type { ImpressionRepo } from '../impressions/store';
import { sqliteImpressionRepo } from '../impressions/store';
import type { MediaRepo } from '../media/store';
import { sqliteMediaRepo } from '../media/store';
import type { PlaylistRepo } from '../playlists/store';
import { sqlitePlaylistRepo } from '../playlists/store';
import type { ProcedureRepo } from '../procedures/store';
import { type PlanRepo, sqlitePlanRepo } from '../plans/store';
import { type RegisterRepo, sqliteRegisterRepo } from '../register/store';
import { type ReportArchiveRepo, sqliteReportArchiveRepo } from '../reports/archive-store';
import { sqliteSurveyRepo, type SurveyRepo } from '../surveys/store';
import { sqliteUsageRepo, type UsageRepo } from '../usage/store';
import { sqliteProcedureRepo } from '../procedures/store';

/**
 * Everything the server persists, one repository per feature. Methods are async and speak in domain
 * objects, never rows or SQL, so a PostgreSQL implementation can stand in without touching handlers.
 */
export interface Store {
  centres: CentreRepo;
  users: UserRepo;
  sessions: SessionRepo;
  devices: DeviceRepo;
  pairings: PairingRepo;
  media: MediaRepo;
  emergencies: EmergencyRepo;
  playlists: PlaylistRepo;
  impressions: ImpressionRepo;
  procedures: ProcedureRepo;
  audit: AuditRepo;
  usage: UsageRepo;
  surveys: SurveyRepo;
  plans: PlanRepo;
  register: RegisterRepo;
  reports: ReportArchiveRepo;
  dossiers: DossierRepo;
  connectors: ConnectorRepo;
  ping(): Promise<void>;
  /**
   * Runs what a starting node does once for the whole deployment (create the first admin, seed the
   * demo) while no other node does the same, so nodes started together take turns instead of colliding.
   */
  startupTurn<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function sqliteStore(db: Db, key: LogKey = ephemeralLogKey()): Store {
  const k = sqliteKysely(db);
  return {
    centres: sqliteCentreRepo(db),
    users: sqliteUserRepo(db),
    sessions: sqliteSessionRepo(db),
    devices: sqliteDeviceRepo(db),
    pairings: sqlitePairingRepo(db),
    media: sqliteMediaRepo(db),
    emergencies: sqliteEmergencyRepo(db),
    playlists: sqlitePlaylistRepo(db),
    impressions: sqliteImpressionRepo(db, key),
    procedures: sqliteProcedureRepo(db),
    audit: sqliteAuditRepo(db),
    usage: sqliteUsageRepo(db),
    surveys: sqliteSurveyRepo(db),
    plans: sqlitePlanRepo(db),
    register: sqliteRegisterRepo(db),
    reports: sqliteReportArchiveRepo(db),
    dossiers: kyselyDossierRepo(k, false, key),
    connectors: kyselyConnectorRepo(k),
    ping: async () => void db.prepare('SELECT 1').get(),
    // One process owns an SQLite file (it is the single-node store): nobody to take turns with.
    startupTurn: (work) => work(),
    close: async () => void db.close(),
  };
}
